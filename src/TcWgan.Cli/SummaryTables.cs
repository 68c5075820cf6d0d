using Spectre.Console;
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
        foreach (var emotion in Emotions.All)
            clips.AddRow(emotion.Name(),
                corpus.Train.Count(c => c.Clip.Emotion == emotion).ToString(),
                corpus.Validation.Count(c => c.Clip.Emotion == emotion).ToString(),
                corpus.Test.Count(c => c.Clip.Emotion == emotion).ToString());
        clips.AddRow("[bold]total[/]", corpus.Train.Count.ToString(), corpus.Validation.Count.ToString(),
            corpus.Test.Count.ToString());
        AnsiConsole.Write(clips);
        int windows = corpus.Train.Concat(corpus.Validation).Concat(corpus.Test).Sum(c => c.Windows.Length);
        AnsiConsole.MarkupLineInterpolated($"Face windows: {windows}; left out by the split preset: {prepared.ExcludedBySplit}.");
        var skipped = new Table().Title("Skipped clips").AddColumn("reason").AddColumn("count").AddColumn("example");
        foreach (var group in prepared.Skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key))
            skipped.AddRow(group.Key.ToString(), group.Count().ToString(), Markup.Escape(group.First().Path));
        if (prepared.Skipped.Count == 0) skipped.AddRow("none", "0", "");
        AnsiConsole.Write(skipped);
    }
}
