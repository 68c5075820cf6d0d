using System.Globalization;
using System.Text;

namespace TcWgan.Data;

/// <summary>
/// Where every file found went: into prepared clips, skipped (by reason) or left out on purpose (by rule). Built from
/// the run's <see cref="SkipLog"/> (files found, skips with their other files, left-out files) and the prepared clips
/// (each counts its video and its separate audio file). <see cref="Unaccounted"/> is 0 when the books balance.
/// </summary>
/// <param name="Found">Files the loaders found (<see cref="SkipLog.FilesFound"/>).</param>
/// <param name="PreparedClips">Clips prepared.</param>
/// <param name="PreparedFiles">Files in those clips (video + separate audio).</param>
/// <param name="SkippedFiles">Files in skipped clips, per reason.</param>
/// <param name="LeftOutFiles">Files left out, per rule.</param>
/// <param name="DecodeWarnings">Prepared clips whose decode reported errors (below the damage threshold): video path → error count.</param>
public sealed record FileAccount(
    int Found,
    int PreparedClips,
    int PreparedFiles,
    IReadOnlyDictionary<SkipReason, int> SkippedFiles,
    IReadOnlyDictionary<LeaveOutRule, int> LeftOutFiles,
    IReadOnlyDictionary<string, int> DecodeWarnings)
{
    /// <summary>The account of a run: <paramref name="log"/>'s ledger and the clips that were prepared.</summary>
    public static FileAccount Create(SkipLog log, IEnumerable<PreparedClip> prepared)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(prepared);
        var clips = prepared.ToList();
        return new FileAccount(
            log.FilesFound,
            clips.Count,
            clips.Sum(c => c.Clip.Files.Count),
            log.Items.GroupBy(s => s.Reason).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.FileCount)),
            log.LeftOutFiles.GroupBy(l => l.Rule).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            clips.Where(c => c.DecodeErrors > 0).OrderBy(c => c.Clip.MainFile, StringComparer.Ordinal)
                .ToDictionary(c => c.Clip.MainFile, c => c.DecodeErrors));
    }

    /// <summary>Files in skipped clips.</summary>
    public int Skipped => SkippedFiles.Values.Sum();

    /// <summary>Files left out by a rule.</summary>
    public int LeftOut => LeftOutFiles.Values.Sum();

    /// <summary>Files found that are in none of the three (0 unless a stage lost track of a file).</summary>
    public int Unaccounted => Found - PreparedFiles - Skipped - LeftOut;

    /// <summary>
    /// The account as text, e.g.
    /// <code>
    /// files found            75
    ///   prepared             12  (6 clips)
    ///   skipped               3
    ///     Silent              2
    ///     Damaged             1
    ///   left out             60
    ///     AudioWithoutVideo  58
    ///     RavdessCalm         2
    /// </code>
    /// then an "unaccounted" line when the counts do not add up, and the clips prepared with decode warnings.
    /// </summary>
    public override string ToString()
    {
        var rows = new List<string[]>
        {
            new[] { "files found", Format(Found) },
            new[] { "  prepared", Format(PreparedFiles), $"({Format(PreparedClips)} clips)" },
            new[] { "  skipped", Format(Skipped) },
        };
        rows.AddRange(SkippedFiles.Select(k => new[] { "    " + k.Key, Format(k.Value) }));
        rows.Add(["  left out", Format(LeftOut)]);
        rows.AddRange(LeftOutFiles.Select(k => new[] { "    " + k.Key, Format(k.Value) }));
        if (Unaccounted != 0) rows.Add(["  unaccounted", Format(Unaccounted), "(the counts do not add up: please report this)"]);
        var text = new StringBuilder();
        int first = rows.Max(r => r[0].Length), second = rows.Max(r => r[1].Length);
        foreach (var row in rows)
            text.AppendLine((row[0].PadRight(first) + "  " + row[1].PadLeft(second) + (row.Length > 2 ? "  " + row[2] : "")).TrimEnd());
        if (DecodeWarnings.Count > 0)
        {
            text.AppendLine().Append("prepared with decode warnings: ").Append(Format(DecodeWarnings.Count)).AppendLine();
            foreach (var (path, errors) in DecodeWarnings) text.Append("  ").Append(path).Append(": ").Append(Format(errors)).AppendLine(" ffmpeg errors");
        }
        return text.ToString();
    }

    private static string Format(int n) => n.ToString(CultureInfo.InvariantCulture);
}
