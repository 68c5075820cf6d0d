using TcWgan.TestSupport;

namespace TcWgan.Nn.Tests;

/// <summary>Container format and checkpoint folder bookkeeping.</summary>
public class CheckpointStoreTests
{
    private static ModelContainer Sample(string metadata = "{}") =>
        new("TCWGANCK", 1, metadata, new Dictionary<string, byte[]> { ["a"] = [1, 2, 3], ["b"] = [] });

    [Fact]
    public void ContainerRoundTripsAndRejectsOtherVersions()
    {
        using var stream = new MemoryStream();
        Sample("{\"x\":1}").Write(stream);
        stream.Position = 0;
        var read = ModelContainer.Read(stream, "TCWGANCK", 1, "mem");
        Assert.Equal("{\"x\":1}", read.Metadata);
        Assert.Equal(new byte[] { 1, 2, 3 }, read.Sections["a"]);
        Assert.Empty(read.Sections["b"]);
        Assert.Contains("section 'c' is missing", Assert.Throws<ModelFormatException>(() => read.Section("c", "mem")).Message);

        using var newer = new MemoryStream();
        new ModelContainer("TCWGANCK", 2, "{}", new Dictionary<string, byte[]>()).Write(newer);
        newer.Position = 0;
        Assert.Contains("version 2", Assert.Throws<ModelFormatException>(() => ModelContainer.Read(newer, "TCWGANCK", 1, "mem")).Message);
    }

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
}
