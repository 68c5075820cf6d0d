using TcWgan.TestSupport;

namespace TcWgan.Core.Tests;

public sealed class AtomicFileTests
{
    [Fact]
    public void Writes_and_replaces_a_file_leaving_no_temporary_file()
    {
        using var dir = new TempDir("core-atomic");
        string path = dir.Combine("result.json");
        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second — ünïcode");
        Assert.Equal("second — ünïcode", File.ReadAllText(path));
        Assert.False(File.ReadAllBytes(path).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
        AtomicFile.WriteAllBytes(path, [1, 2, 3]);
        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_failing_writer_leaves_the_old_file_and_no_temporary_file()
    {
        using var dir = new TempDir("core-atomic");
        string path = dir.Combine("checkpoint.bin");
        AtomicFile.WriteAllBytes(path, [7, 7]);
        var e = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write([1, 2, 3, 4]);
            throw new InvalidOperationException("disk full (simulated)");
        }));
        Assert.Contains("simulated", e.Message);
        Assert.Equal(new byte[] { 7, 7 }, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(dir.Path, "*" + AtomicFile.TempExtension));
    }

    [Fact]
    public void Temporary_files_sit_beside_the_target()
    {
        string temp = AtomicFile.TempPathFor("/data/cache/abc.tcc");
        Assert.StartsWith("/data/cache/abc.tcc.", temp);
        Assert.EndsWith(AtomicFile.TempExtension, temp);
        Assert.NotEqual(temp, AtomicFile.TempPathFor("/data/cache/abc.tcc"));
    }

    [Fact]
    public void Syncing_a_folder_works_and_a_missing_folder_is_left_alone()
    {
        using var dir = new TempDir("core-atomic");
        AtomicFile.SyncFolder(dir.Path);
        AtomicFile.SyncFolder(dir.Combine("does-not-exist"));
    }
}
