namespace TcWgan.MLNet.Mapping;

/// <summary>
/// Reads an emotion class index (0..5, see <see cref="Emotion"/>) from a label column of text (an emotion name), key
/// (through its key-value names when present, else key − 1) or numeric (the index itself) type; −1 when missing or unknown.
/// </summary>
internal static class LabelReader
{
    /// <summary>Reads a key of any raw type as a 1-based uint (0 = missing).</summary>
    public static Func<uint> Key(DataViewRow row, DataViewSchema.Column column)
    {
        var raw = ((KeyDataViewType)column.Type).RawType;
        if (raw == typeof(uint)) { var g = row.GetGetter<uint>(column); return () => { uint v = 0; g(ref v); return v; }; }
        if (raw == typeof(byte)) { var g = row.GetGetter<byte>(column); return () => { byte v = 0; g(ref v); return v; }; }
        if (raw == typeof(ushort)) { var g = row.GetGetter<ushort>(column); return () => { ushort v = 0; g(ref v); return v; }; }
        if (raw == typeof(ulong)) { var g = row.GetGetter<ulong>(column); return () => { ulong v = 0; g(ref v); return v > uint.MaxValue ? 0 : (uint)v; }; }
        throw new ArgumentOutOfRangeException(column.Name, $"Key column '{column.Name}' has raw type {raw.Name}; expected an unsigned integer.");
    }

    /// <summary>A function returning the current row's class index, or −1.</summary>
    public static Func<int> Create(DataViewRow row, DataViewSchema.Column column)
    {
        switch (column.Type)
        {
            case TextDataViewType:
            {
                var get = row.GetGetter<ReadOnlyMemory<char>>(column);
                return () =>
                {
                    ReadOnlyMemory<char> v = default;
                    get(ref v);
                    return Emotions.TryParse(v.ToString(), out var e) ? (int)e : -1;
                };
            }
            case KeyDataViewType key:
            {
                var get = Key(row, column);
                int[] map = KeyToEmotion(column, key);
                return () =>
                {
                    uint v = get();
                    return v == 0 || v > map.Length ? -1 : map[v - 1];
                };
            }
            case NumberDataViewType n when n == NumberDataViewType.Single:
                return Numeric<float>(row, column, v => v);
            case NumberDataViewType n when n == NumberDataViewType.Double:
                return Numeric<double>(row, column, v => v);
            case NumberDataViewType n when n == NumberDataViewType.Int32:
                return Numeric<int>(row, column, v => v);
            case NumberDataViewType n when n == NumberDataViewType.Int64:
                return Numeric<long>(row, column, v => v);
            case NumberDataViewType n when n == NumberDataViewType.UInt32:
                return Numeric<uint>(row, column, v => v);
            default:
                throw new ArgumentOutOfRangeException(column.Name,
                    $"Label column '{column.Name}' has the wrong type: expected String, Key or a numeric class index, actual {column.Type}.");
        }
    }

    /// <summary>
    /// Maps each key value (1-based) to an emotion index: through the column's key-value names when it has them (−1 for
    /// a name that is no emotion), else key k is emotion k − 1.
    /// </summary>
    public static int[] KeyToEmotion(DataViewSchema.Column column, KeyDataViewType key)
    {
        var names = KeyNames(column);
        return Enumerable.Range(0, (int)key.Count).Select(i =>
            names is not null && i < names.Length ? (Emotions.TryParse(names[i], out var e) ? (int)e : -1)
            : i < Emotions.Count ? i : -1).ToArray();
    }

    /// <summary>The key-value names of a key column, or null when it has none.</summary>
    public static string[]? KeyNames(DataViewSchema.Column column)
    {
        if (column.Annotations.Schema.GetColumnOrNull("KeyValues") is not { Type: VectorDataViewType { ItemType: TextDataViewType } })
            return null;
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetKeyValues(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    private static Func<int> Numeric<T>(DataViewRow row, DataViewSchema.Column column, Func<T, double> toDouble)
    {
        var get = row.GetGetter<T>(column);
        return () =>
        {
            T v = default!;
            get(ref v);
            double d = toDouble(v);
            return double.IsNaN(d) || d < 0 || d >= Emotions.Count || d != Math.Floor(d) ? -1 : (int)d;
        };
    }
}
