namespace TcWgan.Media.Tests;

/// <summary>Checks that a loader's ledger names every file found exactly once.</summary>
internal static class Accounting
{
    public static void AssertEveryFileOnce(IEnumerable<ClipRecord> clips, SkipLog skips, IEnumerable<string> filesOnDisk)
    {
        var named = clips.SelectMany(c => c.Files)
            .Concat(skips.Items.SelectMany(s => s.OtherFiles.Prepend(s.Path)))
            .Concat(skips.LeftOutFiles.Select(l => l.Path))
            .Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
        var expected = filesOnDisk.Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, named);
        Assert.Equal(expected.Count, skips.FilesFound);
    }
}
