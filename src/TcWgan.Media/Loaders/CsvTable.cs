using System.Text;

namespace TcWgan.Media;

/// <summary>
/// A small RFC 4180 CSV reader: comma-separated, fields optionally in double quotes ("" is a quote inside quotes,
/// quoted fields may hold commas and newlines), first record = header, blank lines ignored.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, List<(int Line, string[] Fields)> rows)
    {
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Length; i++) _columns.TryAdd(header[i], i);
    }

    /// <summary>Trimmed header names.</summary>
    public string[] Header { get; }

    /// <summary>Data records with the 1-based file line each starts on (the header is line 1 when it is first).</summary>
    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    /// <summary>Column index of <paramref name="name"/> (case-insensitive), or −1.</summary>
    public int IndexOf(string name) => _columns.TryGetValue(name, out int i) ? i : -1;

    /// <summary>Field <paramref name="column"/> of a record, trimmed; empty when the record is short or column is −1.</summary>
    public static string Field(string[] fields, int column) =>
        column >= 0 && column < fields.Length ? fields[column].Trim() : "";

    /// <summary>Reads a CSV file; throws <see cref="InvalidDataException"/> naming the file for an unclosed quote or no header.</summary>
    public static CsvTable Read(string path)
    {
        string text = File.ReadAllText(path);
        var records = Parse(text, path);
        if (records.Count == 0) throw new InvalidDataException($"{path}: CSV has no header row.");
        var header = records[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        return new CsvTable(header, records.Skip(1).ToList());
    }

    private static List<(int Line, string[] Fields)> Parse(string text, string path)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false, fieldWasQuoted = false, recordHasContent = false;
        int line = 1, recordLine = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0:
                    field.Clear();
                    inQuotes = true;
                    fieldWasQuoted = true;
                    recordHasContent = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    recordHasContent = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    if (!char.IsWhiteSpace(c)) recordHasContent = true;
                    break;
            }
        }
        if (inQuotes) throw new InvalidDataException($"{path}: unclosed quote in the record starting on line {recordLine}.");
        EndRecord();
        return records;

        void EndRecord()
        {
            if (recordHasContent || fieldWasQuoted)
            {
                fields.Add(field.ToString());
                records.Add((recordLine, fields.ToArray()));
            }
            fields.Clear();
            field.Clear();
            fieldWasQuoted = false;
            recordHasContent = false;
        }
    }
}
