using TcWgan.Media;
using TcWgan.TestSupport;

namespace TcWgan.Data.Tests.Preprocessing;

/// <summary>Audio-only clips are prepared without faces: the same spectrogram as the audio-visual clip, no windows.</summary>
public sealed class AudioOnlyPreprocessingTests
{
    [Fact]
    public void An_audio_only_clip_gets_the_spectrogram_of_its_audio_visual_twin_and_no_windows_and_caches()
    {
        var visual = CremaDLoader.Load(RepoPaths.RealCremaD, new SkipLog())[0];
        var audioOnly = CremaDLoader.Load(RepoPaths.RealCremaD, new SkipLog(), audioOnly: true)[0];
        Assert.Equal(visual.AudioPath, audioOnly.AudioSource);
        using var cacheDir = new TempDir();
        using var locator = new HaarCascadeLocator();
        var preprocessor = new ClipPreprocessor(new PreprocessOptions(), locator, new TensorCache(cacheDir.Path));

        var withFaces = preprocessor.Prepare(visual);
        var first = preprocessor.Prepare(audioOnly, out var miss);
        var second = preprocessor.Prepare(audioOnly, out var hit);

        Assert.Equal(0, first.WindowCount);
        Assert.Equal(0, first.PairCount);
        first.CheckShapes();
        Assert.Equal(withFaces.Spectrogram, first.Spectrogram);                 // same wav, same pixels
        Assert.Equal(withFaces.Variant(0), first.Variant(0)); // variants are seeded by clip id
        Assert.Equal((CacheOutcome.Miss, CacheOutcome.Hit), (miss, hit));
        Assert.Equal(first.Spectrogram, second.Spectrogram);
        Assert.Equal(0, second.WindowCount);
        Assert.NotEqual(preprocessor.KeyFor(visual), preprocessor.KeyFor(audioOnly));
    }

    [Fact]
    public void An_audio_visual_clip_without_face_windows_is_still_refused()
    {
        var visual = CremaDLoader.Load(RepoPaths.RealCremaD, new SkipLog())[0];
        var broken = new PreparedClip(visual, [], new float[Shapes.SpectrogramLength], VariantRecipe.None);
        Assert.Throws<InvalidDataException>(broken.CheckShapes);
    }
}
