using TcWgan.TestSupport;

namespace TcWgan.Nn.Tests;

/// <summary>Checkpoint folder bookkeeping (the container itself is tested in Core).</summary>
public class CheckpointStoreTests
{
    private static ChecksummedContainer Sample(string metadata = "{}") =>
        new("TCWGANCK", 1, metadata, new Dictionary<string, byte[]> { ["a"] = [1, 2, 3], ["b"] = [] });

    [Fact]
    public void StoreKeepsTheNewestCheckpointsAndWritesAtomically()
    {
        using var dir = new TempDir("nn-store");
        var store = new CheckpointStore(dir.Path, 2);
        Assert.Null(store.Latest());
        foreach (long step in new long[] { 5, 10, 15 }) store.Save(step, Sample());
        Assert.Equal(new long[] { 10, 15 }, store.List().Select(c => c.CompletedSteps));
        Assert.Equal(store.PathFor(15), store.Latest());
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
        Assert.Equal("{}", CheckpointStore.Load(store.PathFor(10)).Metadata);
        Assert.EndsWith("checkpoint-000000015.tcwgan", store.PathFor(15));
    }

    [Fact]
    public void LoadNewestValidPassesOverDamagedCheckpointsNewestFirstAndSaysWhy()
    {
        using var dir = new TempDir("nn-store-valid");
        var store = new CheckpointStore(dir.Path, 3);
        Assert.Null(store.LoadNewestValid(out var none, out var nothingRejected));
        Assert.Null(none);
        Assert.Empty(nothingRejected);
        Assert.Equal("no checkpoint to resume from", CheckpointStore.DescribeChoice(none, nothingRejected));

        foreach (long step in new long[] { 5, 10, 15 }) store.Save(step, Sample($"{{\"step\":{step}}}"));
        var flipped = File.ReadAllBytes(store.PathFor(15));
        flipped[flipped.Length / 2] ^= 0x01;
        File.WriteAllBytes(store.PathFor(15), flipped);                                  // damaged newest
        File.WriteAllBytes(store.PathFor(10), File.ReadAllBytes(store.PathFor(10))[..30]); // truncated second newest

        var loaded = store.LoadNewestValid(out var path, out var rejected);
        Assert.Equal(store.PathFor(5), path);
        Assert.Equal("{\"step\":5}", loaded!.Metadata);
        Assert.Equal(2, rejected.Count);
        Assert.StartsWith(store.PathFor(15), rejected[0]);
        Assert.Contains("digest does not match", rejected[0]);
        Assert.StartsWith(store.PathFor(10), rejected[1]);
        Assert.Contains("truncated", rejected[1]);
        string said = CheckpointStore.DescribeChoice(path, rejected);
        Assert.StartsWith("resuming from checkpoint-000000005.tcwgan", said);
        Assert.Contains("passed over 2", said);
        Assert.True(File.Exists(store.PathFor(15)), "a rejected checkpoint stays as evidence");

        File.WriteAllBytes(store.PathFor(5), []);
        Assert.Null(store.LoadNewestValid(out path, out rejected));
        Assert.Equal(3, rejected.Count);
        Assert.StartsWith("no valid checkpoint", CheckpointStore.DescribeChoice(path, rejected));
    }

    [Fact]
    public void SavingClearsTemporaryFilesAKilledWriterLeft()
    {
        using var dir = new TempDir("nn-store-temp");
        var store = new CheckpointStore(dir.Path, 2);
        string stale = AtomicFile.TempPathFor(store.PathFor(5));
        File.WriteAllBytes(stale, [1, 2, 3]);
        Assert.Equal(store.PathFor(10), store.Save(10, Sample()));
        Assert.False(File.Exists(stale));
        Assert.Equal(new long[] { 10 }, store.List().Select(c => c.CompletedSteps));
    }
}
