using TcWgan.Experiments.Config;
using TcWgan.Experiments.Reporting;
using TcWgan.Experiments.Results;

namespace TcWgan.Experiments.Tests;

public class SummaryTests
{
    [Fact]
    public void MeanAndSampleStandardDeviation()
    {
        // values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, sample sd √(32/7)
        var m = MeanSd.Of([2, 4, 4, 4, 5, 5, 7, 9]);
        Assert.Equal(5, m.Mean, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7), m.Sd, 12);
        Assert.Equal("50.0 ± 21.4", m.Format("0.0", 10));
        Assert.Equal(0, MeanSd.Of([3]).Sd);
        Assert.Equal("—", MeanSd.Of([]).Format());
    }

    [Fact]
    public void RowsAggregateOverSeedsAndKeepTableOrder()
    {
        var results = new[]
        {
            ResultStoreTests.Sample(RowNames.SpecAugment, 1, 0.4), ResultStoreTests.Sample(RowNames.SpecAugment, 2, 0.6),
            ResultStoreTests.Sample(RowNames.RealOnly, 1, 0.3),
        };
        var rows = ReportWriter.Summarise(results, RowNames.All);
        Assert.Equal([RowNames.RealOnly, RowNames.SpecAugment], rows.Select(r => r.Row));
        var augmented = rows[1];
        Assert.Equal(0.5, augmented.Accuracy.Mean, 12);
        Assert.Equal(Math.Sqrt(0.02), augmented.Accuracy.Sd, 12);
        Assert.Equal(2, augmented.Confusion[0][0]);
        Assert.Equal(0.5, augmented.PerClassRecall[2]);
    }

    [Fact]
    public void MarkdownHasBothTablesAndThePaperNames()
    {
        var config = new ExperimentConfig { Name = "unit" };
        var facts = new RunFacts("demo", 10, 5, 6, 1, "cpu", "quick", TimeSpan.FromSeconds(61));
        var rows = ReportWriter.Summarise([ResultStoreTests.Sample(RowNames.TcWgan3dCnn, 1, 0.25) with { GeneratorTrainingSeconds = 12.5 }], RowNames.All);
        string md = ReportWriter.ToMarkdown(config, facts, rows, ["figures/losses.png"]);
        Assert.Contains("## Table I", md);
        Assert.Contains("## Table II", md);
        Assert.Contains("| tc-wGANs:3dCNN | 25.0 ± 0.0 % |", md);
        Assert.Contains("| tc-wGANs:3dCNN | 12.5 ± 0.0 |", md);
        Assert.Contains("real-only", md);
        Assert.Contains("(figures/losses.png)", md);
    }

    [Fact]
    public void MarkdownSaysWhereEveryFileWent()
    {
        var files = new TcWgan.Data.FileAccount(75, 6, 12,
            new Dictionary<SkipReason, int> { [SkipReason.Silent] = 2, [SkipReason.Damaged] = 1 },
            new Dictionary<LeaveOutRule, int> { [LeaveOutRule.AudioWithoutVideo] = 58, [LeaveOutRule.RavdessCalm] = 2 },
            new Dictionary<string, int> { ["/c/Actor_01/01-01-03-01-01-01-01.mp4"] = 2 });
        var facts = new RunFacts("ravdess", 3, 1, 2, 3, "cpu", "quick", TimeSpan.FromSeconds(9), Files: files);
        string md = ReportWriter.ToMarkdown(new ExperimentConfig { Name = "unit" }, facts, [], []);
        Assert.Contains("## Files", md);
        Assert.Contains("75 files found: 12 in 6 prepared clips, 3 skipped, 60 left out by a rule.", md);
        Assert.Contains("| skipped | Silent | 2 |", md);
        Assert.Contains("| left out | AudioWithoutVideo | 58 |", md);
        Assert.Contains("01-01-03-01-01-01-01.mp4 (2)", md);
        Assert.DoesNotContain("## Files", ReportWriter.ToMarkdown(new ExperimentConfig { Name = "unit" }, facts with { Files = null }, [], []));
    }
}
