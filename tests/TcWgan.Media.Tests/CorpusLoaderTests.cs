using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

public sealed class CorpusLoaderTests
{
    [Fact]
    public void Dispatch_ByName()
    {
        Assert.Equal(2, CorpusLoader.Load("crema-d", RepoPaths.RealCremaD, new SkipLog()).Count);
        Assert.Single(CorpusLoader.Load("RAVDESS", RepoPaths.RealRavdess, new SkipLog()));
        var manifest = Path.Combine(RepoPaths.Root, "data-schemas", "manifest.example.csv");
        Assert.Equal(3, CorpusLoader.Load("manifest", manifest, new SkipLog()).Count);
    }

    [Fact]
    public void UnknownName_ListsTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => CorpusLoader.Load("iemocap", ".", new SkipLog()));
        Assert.Contains("crema-d, ravdess, manifest", e.Message);
    }
}
