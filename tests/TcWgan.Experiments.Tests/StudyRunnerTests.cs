using TcWgan.Experiments.Config;
using TcWgan.Experiments.Study;
using TcWgan.Nn;
using TcWgan.TestSupport;

namespace TcWgan.Experiments.Tests;

/// <summary>The whole study on the tiny rendered corpus with a handful of steps: every stage runs for real.</summary>
public class StudyRunnerTests
{
    private sealed class RecordingObserver : IStudyObserver
    {
        public List<string> Lines { get; } = [];
        public void Info(string message) { lock (Lines) Lines.Add(message); }
        public void Skipped(SkippedClip clip) => Info("skipped " + clip);
        public IProgress<(int Done, int Total)> Stage(string name) => new SyncProgress<(int, int)>(_ => { });
        public IProgress<TrainingProgress>? Training(string row, int seed) => null;
    }

    [Fact]
    public void TinyStudyWritesTheReportAndResumesWithoutRedoingRows()
    {
        using var dir = new TempDir("tcwgan-study");
        var config = new ExperimentConfig
        {
            Name = "tiny",
            Corpus = new CorpusConfig { Dataset = "crema-d", DemoPreset = "tiny", DemoSeed = 3 },
            Split = new SplitConfig { Train = 0.5, Validation = 0.25, Test = 0.25, Seed = 1, Balance = false },
            Seeds = [1],
            Rows = [RowNames.LogMelStats, RowNames.RealOnly, RowNames.WganIm2Im],
            Device = "cpu",
            Output = "run",
            BaseDirectory = dir.Path,
            Overrides = new ProfileOverrides
            {
                GanSteps = 3, EncoderPretrainSteps = 2, ClassifierSteps = 4, BatchSize = 8, WidthMultiplier = 0.125,
                AerEpochs = 8, // at most 10: early stopping (patience 10) cannot end a history early
            },
        };
        Assert.Empty(config.Validate());

        var first = new RecordingObserver();
        string report = StudyRunner.Run(config, first);

        Assert.Contains("## Table I", report);
        Assert.Contains("| wGANs-im2im |", report);
        Assert.Contains("| Real only |", report);
        Assert.True(File.Exists(dir.Combine("run", "report.md")));
        // Scripts read report.json: every row's paired difference carries its interval and whether it excludes 0.
        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(dir.Combine("run", "report.json"))))
            Assert.All(json.RootElement.GetProperty("rows").EnumerateArray(), row =>
            {
                var difference = row.GetProperty("versusRealOnly");
                foreach (string field in new[] { "mean", "low", "high", "pairs", "significant" })
                    Assert.True(difference.TryGetProperty(field, out _), $"report.json row without versusRealOnly.{field}");
            });
        Assert.True(File.Exists(dir.Combine("run", "samples", $"{RowNames.WganIm2Im}.seed1", "grid.png")));
        Assert.True(File.Exists(dir.Combine("run", "figures", "losses.png")));
        // Every CNN the study trains leaves its per-epoch history, one line per epoch and exactly one kept epoch.
        // Every row makes the same optimiser steps: the fused row (one generated sample per real clip) half the
        // real-only epochs, the CAS classifier (as many generated samples as real clips) the real-only epochs.
        int aerEpochs = StudyProfile.For(config).AerClassifier.Epochs;
        Assert.Null(StudyProfile.For(config).CasEpochs);
        foreach (var (csv, epochs) in new[] { (dir.Combine("run", "rows", $"{RowNames.RealOnly}.seed1", "aer-cnn-epochs.csv"), aerEpochs),
                                              (dir.Combine("run", "rows", $"{RowNames.WganIm2Im}.seed1", "aer-cnn-epochs.csv"), aerEpochs / 2),
                                              (dir.Combine("run", "rows", $"{RowNames.WganIm2Im}.seed1", "cas-cnn-epochs.csv"), aerEpochs) })
        {
            var lines = File.ReadAllLines(csv);
            Assert.StartsWith("epoch,learning_rate,train_loss", lines[0]);
            Assert.Equal(epochs, lines.Length - 1);
            Assert.Single(lines.Skip(1), l => l.EndsWith(",1", StringComparison.Ordinal));
        }
        Assert.Contains(first.Lines, l => l.Contains("training the generator"));

        var second = new RecordingObserver();
        StudyRunner.Run(config, second);
        Assert.DoesNotContain(second.Lines, l => l.Contains("training"));
        Assert.DoesNotContain(second.Lines, l => l.StartsWith("Rendered"));
    }
}
