using TcWgan.Media;
using TcWgan.TestSupport;

namespace TcWgan.Data.Tests.Preprocessing;

/// <summary>
/// The real sample clips (CREMA-D flv + wav, RAVDESS mp4 + wav) loaded with the Media loaders, a Haar locator, and
/// each clip prepared once without a cache, shared by every class in <see cref="RealClipsCollection"/>.
/// </summary>
public sealed class RealClips : IDisposable
{
    public RealClips()
    {
        var skips = new SkipLog();
        Crema = CremaDLoader.Load(RepoPaths.RealCremaD, skips);
        Ravdess = RavdessLoader.Load(RepoPaths.RealRavdess, new RavdessOptions(), skips);
        LoaderSkips = skips.Items;
        Locator = new HaarCascadeLocator();
        Preprocessor = new ClipPreprocessor(new PreprocessOptions(), Locator);
        var prepareSkips = new SkipLog();
        Prepared = Preprocessor.PrepareAll([.. Crema, .. Ravdess], prepareSkips);
        PrepareSkips = prepareSkips.Items;
    }

    public IReadOnlyList<ClipRecord> Crema { get; }
    public IReadOnlyList<ClipRecord> Ravdess { get; }
    public IReadOnlyList<SkippedClip> LoaderSkips { get; }
    public IReadOnlyList<SkippedClip> PrepareSkips { get; }
    public HaarCascadeLocator Locator { get; }
    public ClipPreprocessor Preprocessor { get; }

    /// <summary>Crema clips then RAVDESS clips, prepared with default options and no cache.</summary>
    public IReadOnlyList<PreparedClip> Prepared { get; }

    public void Dispose() => Locator.Dispose();

    public static void AssertIdentical(PreparedClip expected, PreparedClip actual)
    {
        Assert.Equal(expected.Clip, actual.Clip);
        AssertSameTensors(expected, actual);
    }

    /// <summary>The same windows, spectrogram and variants (whatever the records say).</summary>
    public static void AssertSameTensors(PreparedClip expected, PreparedClip actual)
    {
        Assert.Equal(expected.WindowCount, actual.WindowCount);
        for (int i = 0; i < expected.WindowCount; i++) Assert.Equal(expected.Window(i), actual.Window(i));
        Assert.Equal(expected.Spectrogram, actual.Spectrogram);
        Assert.Equal(expected.Variants, actual.Variants);
        for (int i = 0; i < expected.Variants.Count; i++) Assert.Equal(expected.Variant(i), actual.Variant(i));
    }
}

/// <summary>Test classes that share one <see cref="RealClips"/> (prepared once per test run).</summary>
[CollectionDefinition(Name)]
public sealed class RealClipsCollection : ICollectionFixture<RealClips>
{
    public const string Name = "real clips";
}
