using System.Text;
using System.Text.Json;

namespace TcWgan.Experiments.Reporting;

/// <summary>Facts about the run that the report prints above the tables.</summary>
/// <param name="CorpusDescription">What and where the corpus is.</param>
/// <param name="TrainClips">Training clips (of the first fold).</param>
/// <param name="ValidationClips">Validation clips (of the first fold).</param>
/// <param name="TestClips">Test clips (of the first fold).</param>
/// <param name="SkippedClips">Clips skipped with a reason.</param>
/// <param name="Device">Torch device.</param>
/// <param name="Profile">Profile name.</param>
/// <param name="WallTime">Wall time of the run.</param>
/// <param name="Folds">Number of folds (1 for a single split).</param>
/// <param name="Files">Where every file found went, when counted.</param>
public sealed record RunFacts(
    string CorpusDescription,
    int TrainClips,
    int ValidationClips,
    int TestClips,
    int SkippedClips,
    string Device,
    string Profile,
    TimeSpan WallTime,
    int Folds = 1,
    FileAccount? Files = null);

/// <summary>
/// Writes <c>report.md</c> and <c>report.json</c> (Tables I and II of the paper, per-class recall) and returns
/// the Markdown so the CLI can print it.
/// </summary>
public static class ReportWriter
{
    /// <summary>Aggregates the results per row in <paramref name="rows"/> order (rows without results are left out).</summary>
    public static IReadOnlyList<RowSummary> Summarise(IReadOnlyList<RowResult> results, IReadOnlyList<string> rows)
    {
        var realOnly = results.Where(x => x.Row == RowNames.RealOnly).ToList();
        return rows.Select(r => results.Where(x => x.Row == r).OrderBy(x => x.Fold).ThenBy(x => x.Seed).ToList())
            .Where(list => list.Count > 0)
            .Select(list => RowSummary.Of(list[0].Row, list, list[0].Row == RowNames.RealOnly ? null : realOnly))
            .ToList();
    }

    public static string ToMarkdown(ExperimentConfig config, RunFacts facts, IReadOnlyList<RowSummary> rows,
        IReadOnlyList<string> figures)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {config.Name}: tc-wGAN study (Tables I and II)");
        md.AppendLine();
        md.AppendLine($"- Corpus: {facts.CorpusDescription}");
        md.AppendLine(facts.Folds > 1
            ? $"- {facts.Folds}-fold cross-validation by speaker ({config.Split.ValidationSpeakers} validation speaker(s) per fold, balanced: {config.Split.Balance}): " +
              $"fold 1 has {facts.TrainClips} train / {facts.ValidationClips} validation / {facts.TestClips} test clips; {facts.SkippedClips} skipped."
            : $"- Speaker-independent split ({config.Split.Preset}, seed {config.Split.Seed}, balanced: {config.Split.Balance}): " +
              $"{facts.TrainClips} train / {facts.ValidationClips} validation / {facts.TestClips} test clips; {facts.SkippedClips} skipped.");
        md.AppendLine($"- Profile `{facts.Profile}`, device `{facts.Device}`, seeds {string.Join(", ", config.Seeds)}; wall time {facts.WallTime:hh\\:mm\\:ss}.");
        md.AppendLine("- Accuracy and UAR are on the **real-only** test split, mean ± sd over " + (facts.Folds > 1 ? "folds × seeds" : "seeds") + ". " +
                      "Δ vs real-only is the mean paired difference in accuracy points (same fold and seed) with its 95 % t-interval: " +
                      "a gain is beyond seed noise only when the interval excludes 0. " +
                      "CAS trains the same classifier on generated spectrograms only and tests it on the real test split. " +
                      "FID (ResNet18) uses ImageNet ResNet18 features as a stand-in for the paper's Inception features; " +
                      "FID (emotion) uses the real-only emotion classifier's penultimate layer; IS uses its posteriors; " +
                      "SSIM compares each generated spectrogram with the real one of the same test clip.");
        if (facts.Files is { Found: > 0 } files) AppendFiles(md, files);
        md.AppendLine();
        md.AppendLine("## Table I — classification and quality");
        md.AppendLine();
        md.AppendLine("| Case | Accuracy (CNN Q) | Δ vs real-only (pts) | UAR (CNN Q) | Accuracy (ML.NET LbfgsMaxEnt) | CAS | FID (ResNet18) | FID (emotion) | IS | SSIM |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            md.AppendLine($"| {RowNames.Display(r.Row)} | {r.Accuracy.Format("0.0", 100)} % | {r.VersusRealOnly.Format()} | {r.Uar.Format("0.0", 100)} % | " +
                          $"{(r.MlnetAccuracy.Count == 0 ? "—" : r.MlnetAccuracy.Format("0.0", 100) + " %")} | " +
                          $"{(r.Cas.Count == 0 ? "—" : r.Cas.Format("0.0", 100) + " %")} | " +
                          $"{r.FidResNet18.Format("0.00")} | {r.FidEmotion.Format("0.00")} | {r.Is.Format("0.00")} | {r.Ssim.Format("0.000")} |");
        }
        md.AppendLine();
        md.AppendLine("## Table II — generator training time");
        md.AppendLine();
        md.AppendLine("| Method | Training time (s) |");
        md.AppendLine("|---|---|");
        foreach (var r in rows.Where(r => r.TrainingSeconds.Count > 0))
            md.AppendLine($"| {RowNames.Display(r.Row)} | {r.TrainingSeconds.Format("0.0")} |");
        md.AppendLine();
        md.AppendLine("## Per-class recall (CNN Q, mean over seeds)");
        md.AppendLine();
        md.AppendLine("| Case | " + string.Join(" | ", Emotions.Names) + " |");
        md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", Emotions.Count)));
        foreach (var r in rows)
            md.AppendLine($"| {RowNames.Display(r.Row)} | " + string.Join(" | ", r.PerClassRecall.Select(v => (v * 100).ToString("0.0"))) + " |");
        if (figures.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Figures");
            md.AppendLine();
            foreach (var f in figures) md.AppendLine($"- [{Path.GetFileName(f)}]({f})");
        }
        return md.ToString();
    }

    /// <summary>Where every file found went: one line, then a table by reason and rule.</summary>
    private static void AppendFiles(StringBuilder md, FileAccount files)
    {
        md.AppendLine();
        md.AppendLine("## Files");
        md.AppendLine();
        md.AppendLine($"{files.Found} files found: {files.PreparedFiles} in {files.PreparedClips} prepared clips, " +
                      $"{files.Skipped} skipped, {files.LeftOut} left out by a rule" +
                      (files.Unaccounted == 0 ? "." : $", {files.Unaccounted} unaccounted (the counts do not add up)."));
        if (files.Skipped + files.LeftOut > 0)
        {
            md.AppendLine();
            md.AppendLine("| Where | Why | Files |");
            md.AppendLine("|---|---|---|");
            foreach (var (reason, n) in files.SkippedFiles) md.AppendLine($"| skipped | {reason} | {n} |");
            foreach (var (rule, n) in files.LeftOutFiles) md.AppendLine($"| left out | {rule} | {n} |");
        }
        if (files.DecodeWarnings.Count > 0)
            md.AppendLine().AppendLine($"Prepared although ffmpeg reported decode errors: " +
                                       string.Join(", ", files.DecodeWarnings.Select(w => $"{Path.GetFileName(w.Key)} ({w.Value})")) + ".");
    }

    /// <summary>Writes report.md and report.json into the run folder; returns the Markdown.</summary>
    public static string Write(ExperimentConfig config, RunFacts facts,
        IReadOnlyList<RowResult> results, IReadOnlyList<string> figures)
    {
        var rows = Summarise(results, config.EffectiveRows);
        string markdown = ToMarkdown(config, facts, rows, figures);
        Directory.CreateDirectory(config.Run.Root);
        AtomicFile.WriteAllText(config.Run.ReportMarkdown, markdown);
        var json = new { config.Name, facts, rows, results, figures };
        AtomicFile.WriteAllText(config.Run.ReportJson,
            JsonSerializer.Serialize(json, ExperimentConfig.JsonOptions));
        return markdown;
    }
}
