using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace TcWgan.Data;

/// <summary>
/// Writes an options object as a canonical text for cache keys: every public readable instance property, sorted by
/// name (ordinal), recursively; numbers in invariant culture with round-trip precision ("R"), enums by name,
/// sequences in order. The same settings always give the same text, and any changed value changes it.
/// </summary>
public static class CanonicalSettings
{
    private const int MaxDepth = 12;

    /// <summary>Canonical text of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The object holds something with no canonical form (a delegate, a cycle).</exception>
    public static string Write(object? value)
    {
        var text = new StringBuilder();
        Append(text, value, 0, []);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth, HashSet<object> path)
    {
        if (depth > MaxDepth)
            throw new ArgumentException($"Settings nest deeper than {MaxDepth} levels; cannot canonicalise.");
        switch (value)
        {
            case null: text.Append("null"); return;
            case string s: AppendString(text, s); return;
            case bool b: text.Append(b ? "true" : "false"); return;
            case char c: AppendString(text, c.ToString()); return;
            case Enum e: text.Append(e.GetType().Name).Append('.').Append(e.ToString()); return;
            case float f: text.Append(f.ToString("R", CultureInfo.InvariantCulture)); return;
            case double d: text.Append(d.ToString("R", CultureInfo.InvariantCulture)); return;
            case Half h: text.Append(((float)h).ToString("R", CultureInfo.InvariantCulture)); return;
            case TimeSpan t: text.Append(t.Ticks.ToString(CultureInfo.InvariantCulture)).Append("ticks"); return;
            case DateTime dt: text.Append(dt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)); return;
            case IFormattable number when IsNumber(value.GetType()):
                text.Append(number.ToString(null, CultureInfo.InvariantCulture)); return;
            case Delegate:
                throw new ArgumentException($"A delegate ({value.GetType().Name}) has no canonical form.");
        }

        var type = value.GetType();
        if (!type.IsValueType && !path.Add(value))
            throw new ArgumentException($"Settings contain a reference cycle through {type.Name}.");
        try
        {
            if (value is IDictionary dictionary) AppendDictionary(text, dictionary, depth, path);
            else if (value is IEnumerable sequence)
                AppendJoined(text, '[', sequence.Cast<object?>(), ']', item => Append(text, item, depth + 1, path));
            else AppendObject(text, value, type, depth, path);
        }
        finally
        {
            if (!type.IsValueType) path.Remove(value);
        }
    }

    private static void AppendObject(StringBuilder text, object value, Type type, int depth, HashSet<object> path)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                        && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal);
        AppendJoined(text.Append(type.Name), '{', properties, '}', property =>
        {
            text.Append(property.Name).Append('=');
            Append(text, property.GetValue(value), depth + 1, path);
        });
    }

    private static void AppendDictionary(StringBuilder text, IDictionary dictionary, int depth, HashSet<object> path)
    {
        var entries = new List<(string Key, object? Value)>();
        foreach (DictionaryEntry entry in dictionary) entries.Add((Write(entry.Key), entry.Value));
        AppendJoined(text, '{', entries.OrderBy(e => e.Key, StringComparer.Ordinal), '}', entry =>
        {
            text.Append(entry.Key).Append(':');
            Append(text, entry.Value, depth + 1, path);
        });
    }

    /// <summary><paramref name="open"/>, the items written by <paramref name="append"/> separated by commas, <paramref name="close"/>.</summary>
    private static void AppendJoined<T>(StringBuilder text, char open, IEnumerable<T> items, char close, Action<T> append)
    {
        text.Append(open);
        bool first = true;
        foreach (var item in items)
        {
            if (!first) text.Append(',');
            first = false;
            append(item);
        }
        text.Append(close);
    }

    private static void AppendString(StringBuilder text, string s)
    {
        text.Append('"');
        foreach (char c in s)
        {
            if (c is '"' or '\\') text.Append('\\').Append(c);
            else if (char.IsControl(c)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }
        text.Append('"');
    }

    private static bool IsNumber(Type type) => type.IsPrimitive || type == typeof(decimal)
        || type == typeof(Int128) || type == typeof(UInt128);
}
