using TcWgan.Experiments.Config;
using TcWgan.TestSupport;

namespace TcWgan.Experiments.Tests;

public class RunFolderTests
{
    [Fact]
    public void EveryRowSeedAndFoldHasOneNameInRowsSamplesAndResults()
    {
        var run = new RunFolder("/runs/x");
        Assert.Equal("tcwgan-3dcnn.seed2", RunFolder.RunName("tcwgan-3dcnn", 0, 2));
        Assert.Equal("real-only.fold3.seed1", RunFolder.RunName("real-only", 3, 1));
        Assert.Equal(Path.Combine("/runs/x", "rows", "real-only.fold3.seed1"), run.Row("real-only", 3, 1));
        Assert.Equal(Path.Combine("/runs/x", "samples", "dacssgan.seed1"), run.Samples("dacssgan", 0, 1));
        Assert.Equal(Path.Combine("/runs/x", "report.md"), run.ReportMarkdown);
    }

    [Fact]
    public void ClearingResultsKeepsTheCorpusAndTheCache()
    {
        using var dir = new TempDir();
        var run = new RunFolder(dir.Path);
        foreach (string folder in new[] { run.Corpus, run.Cache, run.Results, run.Figures, run.Row("r", 0, 1), run.Samples("r", 0, 1) })
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "f"), "x");
        }
        run.ClearResults();
        Assert.True(File.Exists(Path.Combine(run.Corpus, "f")));
        Assert.True(File.Exists(Path.Combine(run.Cache, "f")));
        Assert.False(Directory.Exists(run.Results));
        Assert.False(Directory.Exists(run.Figures));
        Assert.False(Directory.Exists(run.Row("r", 0, 1)));
        Assert.False(Directory.Exists(run.Samples("r", 0, 1)));
        run.ClearResults(); // nothing left to clear is fine
    }
}
