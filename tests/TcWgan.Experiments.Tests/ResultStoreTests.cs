using TcWgan.Experiments.Results;
using TcWgan.TestSupport;

namespace TcWgan.Experiments.Tests;

public class ResultStoreTests
{
    internal static RowResult Sample(string row, int seed, double accuracy) => new()
    {
        Row = row, Seed = seed, RealTrainingSamples = 10, AddedTrainingSamples = 10, TestSamples = 6,
        Accuracy = accuracy, Uar = accuracy, PerClassRecall = [1, 0, 0.5, 0, 0, 0],
        Confusion = Enumerable.Range(0, 6).Select(i => Enumerable.Range(0, 6).Select(j => i == j ? 1 : 0).ToArray()).ToArray(),
        FidResNet18 = double.NaN,
    };

    [Fact]
    public void StoredResultsSurviveAndResumeSkipsThem()
    {
        using var dir = new TempDir();
        var store = new ResultStore(dir.Path);
        Assert.Null(store.TryGet("real-only", 1));
        store.Put(Sample("real-only", 1, 0.5));
        var again = new ResultStore(dir.Path).TryGet("real-only", 1);
        Assert.NotNull(again);
        Assert.Equal(0.5, again!.Accuracy);
        Assert.True(double.IsNaN(again.FidResNet18!.Value));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void DamagedResultCountsAsUnfinished()
    {
        using var dir = new TempDir();
        var store = new ResultStore(dir.Path);
        store.Put(Sample("real-only", 2, 0.5));
        string file = Directory.GetFiles(Path.Combine(dir.Path, "results")).Single();
        File.WriteAllText(file, "{ truncated");
        Assert.Null(store.TryGet("real-only", 2));
        Assert.False(File.Exists(file));
    }
}
