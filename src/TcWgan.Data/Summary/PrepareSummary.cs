using System.Globalization;
using System.Text;
using TcWgan.Media;

namespace TcWgan.Data;

/// <summary>
/// What a prepare run produced: clips per emotion × split, skipped clips per reason and, with <see cref="Files"/>,
/// where every file found went. Plain data; <see cref="ToString"/> renders the tables.
/// </summary>
/// <param name="Splits">Split names in column order (e.g. train, validation, test).</param>
/// <param name="Counts">Clip counts indexed [emotion][split], one row per <see cref="Emotion"/> in index order.</param>
/// <param name="Skipped">Skipped clips per reason (reasons with none are absent).</param>
public sealed record PrepareSummary(
    IReadOnlyList<string> Splits,
    IReadOnlyList<IReadOnlyList<int>> Counts,
    IReadOnlyDictionary<SkipReason, int> Skipped)
{
    /// <summary>Where every file found went (<see cref="FileAccount"/>); printed after the tables when set.</summary>
    public FileAccount? Files { get; init; }

    /// <summary>Counts the clips of each named split by emotion, and the skipped clips by reason.</summary>
    public static PrepareSummary Create(IEnumerable<KeyValuePair<string, IEnumerable<ClipRecord>>> splits,
        IEnumerable<SkippedClip> skipped)
    {
        ArgumentNullException.ThrowIfNull(splits);
        ArgumentNullException.ThrowIfNull(skipped);
        var named = splits.ToArray();
        var counts = Emotions.All.Select(_ => new int[named.Length]).ToArray();
        for (int s = 0; s < named.Length; s++)
            foreach (var clip in named[s].Value)
                counts[(int)clip.Emotion][s]++;
        var byReason = skipped.GroupBy(k => k.Reason).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        return new PrepareSummary(named.Select(n => n.Key).ToArray(), counts, byReason);
    }

    /// <summary>Counts a speaker split's Train, Validation and Test parts (columns train, validation, test).</summary>
    public static PrepareSummary FromSplits(ClipSplits splits, IEnumerable<SkippedClip> skipped)
    {
        ArgumentNullException.ThrowIfNull(splits);
        return Create(
        [
            new KeyValuePair<string, IEnumerable<ClipRecord>>("train", splits.Train),
            new KeyValuePair<string, IEnumerable<ClipRecord>>("validation", splits.Validation),
            new KeyValuePair<string, IEnumerable<ClipRecord>>("test", splits.Test),
        ], skipped);
    }

    /// <summary>Counts prepared clips as a single split named <paramref name="split"/>.</summary>
    public static PrepareSummary Create(IEnumerable<PreparedClip> prepared, IEnumerable<SkippedClip> skipped,
        string split = "all") =>
        Create([new KeyValuePair<string, IEnumerable<ClipRecord>>(split, prepared.Select(p => p.Clip))], skipped);

    /// <summary>Clips of one emotion in one split.</summary>
    public int Count(Emotion emotion, string split)
    {
        int s = IndexOfSplit(split);
        return Counts[(int)emotion][s];
    }

    /// <summary>Clips in one split.</summary>
    public int SplitTotal(string split)
    {
        int s = IndexOfSplit(split);
        return Counts.Sum(row => row[s]);
    }

    /// <summary>Clips of one emotion over all splits.</summary>
    public int EmotionTotal(Emotion emotion) => Counts[(int)emotion].Sum();

    /// <summary>All counted clips.</summary>
    public int Total => Counts.Sum(row => row.Sum());

    /// <summary>All skipped clips.</summary>
    public int SkippedTotal => Skipped.Values.Sum();

    /// <summary>
    /// The summary as text: an emotion × split table with totals, then skipped clips by reason, e.g.
    /// <code>
    /// emotion    train  validation  test  total
    /// anger          2           1     0      3
    /// …
    /// total          9           4     1     14
    ///
    /// skipped: 2
    ///   EmptyFile    1
    ///   NoFaceFound  1
    /// </code>
    /// </summary>
    public override string ToString()
    {
        var header = new List<string> { "emotion" };
        header.AddRange(Splits);
        header.Add("total");
        var rows = new List<string[]> { header.ToArray() };
        foreach (var emotion in Emotions.All)
        {
            var row = new List<string> { emotion.Name() };
            row.AddRange(Counts[(int)emotion].Select(Format));
            row.Add(Format(EmotionTotal(emotion)));
            rows.Add(row.ToArray());
        }
        var totals = new List<string> { "total" };
        totals.AddRange(Splits.Select(s => Format(SplitTotal(s))));
        totals.Add(Format(Total));
        rows.Add(totals.ToArray());

        var text = new StringBuilder();
        AppendTable(text, rows, indent: "");
        text.AppendLine();
        text.Append("skipped: ").Append(Format(SkippedTotal)).AppendLine();
        if (Skipped.Count > 0)
            AppendTable(text, Skipped.OrderBy(k => k.Key).Select(k => new[] { k.Key.ToString(), Format(k.Value) }).ToList(), indent: "  ");
        if (Files is not null) text.AppendLine().Append(Files);
        return text.ToString();
    }

    private int IndexOfSplit(string split)
    {
        for (int i = 0; i < Splits.Count; i++)
            if (string.Equals(Splits[i], split, StringComparison.OrdinalIgnoreCase)) return i;
        throw new ArgumentException($"Unknown split '{split}'. Splits: {string.Join(", ", Splits)}.", nameof(split));
    }

    private static string Format(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void AppendTable(StringBuilder text, IReadOnlyList<string[]> rows, string indent)
    {
        int columns = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder(indent);
            for (int c = 0; c < row.Length; c++)
            {
                if (c == 0) line.Append(row[c].PadRight(widths[c]));
                else line.Append("  ").Append(row[c].PadLeft(widths[c]));
            }
            text.AppendLine(line.ToString().TrimEnd());
        }
    }
}
