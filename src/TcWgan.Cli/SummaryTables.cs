using TcWgan.Data;
using TcWgan.Experiments.Corpus;

namespace TcWgan.Cli;

/// <summary>Prints a prepared corpus as tables: clips per emotion and split, skipped clips per reason.</summary>
public static class SummaryTables
{
    /// <summary>Writes both tables to the console.</summary>
    public static void Write(PreparedCorpus prepared)
    {
        var corpus = prepared.Folds[0]; // the split, or the first fold of a k-fold study
        var clips = new Table().Title("Clips per emotion and split").AddColumn("emotion")
            .AddColumn("train").AddColumn("validation").AddColumn("test");
        foreach (var (emotion, train, validation, test) in corpus.ClipsPerEmotion())
            clips.AddRow(emotion.Name(), train.ToString(), validation.ToString(), test.ToString());
        clips.AddRow("[bold]total[/]", corpus.Train.Count.ToString(), corpus.Validation.Count.ToString(),
            corpus.Test.Count.ToString());
        AnsiConsole.Write(clips);
        AnsiConsole.MarkupLineInterpolated($"Face windows: {corpus.Windows}; left out by the split preset: {prepared.ExcludedBySplit}.");
        var skipped = new Table().Title("Skipped clips").AddColumn("reason").AddColumn("count").AddColumn("example");
        foreach (var (reason, count, example) in prepared.SkippedPerReason())
            skipped.AddRow(reason.ToString(), count.ToString(), Markup.Escape(example));
        if (prepared.Skipped.Count == 0) skipped.AddRow("none", "0", "");
        AnsiConsole.Write(skipped);
        WriteFiles(prepared.Files);
    }

    /// <summary>Where every file found went: prepared, skipped by reason, left out by rule; the rows add up to the files found.</summary>
    private static void WriteFiles(FileAccount files)
    {
        var table = new Table().Title($"Where the {files.Found} files found went").AddColumn("where").AddColumn("why")
            .AddColumn(new TableColumn("files").RightAligned());
        table.AddRow("prepared", $"{files.PreparedClips} clips", files.PreparedFiles.ToString());
        foreach (var (reason, n) in files.SkippedFiles) table.AddRow("skipped", reason.ToString(), n.ToString());
        foreach (var (rule, n) in files.LeftOutFiles) table.AddRow("left out", rule.ToString(), n.ToString());
        if (files.Unaccounted != 0) table.AddRow("[red]unaccounted[/]", "the counts do not add up", files.Unaccounted.ToString());
        table.AddRow("[bold]total[/]", "", files.Found.ToString());
        AnsiConsole.Write(table);
        foreach (var (path, errors) in files.DecodeWarnings)
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning[/] {path}: prepared although ffmpeg reported {errors} decode errors");
    }
}
