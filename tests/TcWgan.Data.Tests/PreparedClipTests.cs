using TcWgan.Dsp;
using TcWgan.Media;

namespace TcWgan.Data.Tests;

public class PreparedClipTests
{
    private static readonly ClipRecord Record = new("c1", "/d/c1.flv", "/d/c1.wav", Emotion.Fear, "s1");

    private static float[][] Frames(int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
            Enumerable.Range(0, Shapes.FrameLength).Select(_ => rng.Next(256) / 255f).ToArray()).ToArray();
    }

    private static float[] Spectrogram(int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, Shapes.SpectrogramLength).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
    }

    [Fact]
    public void WindowsAreCutFromTheFramesExactlyAsFaceExtractorCutsThem()
    {
        var frames = Frames(55, 1);
        var clip = new PreparedClip(Record, frames, Spectrogram(2), VariantRecipe.None);
        var expected = FaceExtractor.Windows(frames);
        Assert.Equal(10, clip.WindowCount);
        Assert.Equal(expected.Length, clip.WindowCount);
        for (int w = 0; w < expected.Length; w++) Assert.Equal(expected[w], clip.Window(w));
        Assert.Equal(frames[54], clip.Frame(54));
        Assert.Throws<ArgumentOutOfRangeException>(() => clip.Window(10));
    }

    [Fact]
    public void VariantsAreTheSeededSpecAugmentCopiesDrawnAgainOnEveryCall()
    {
        var spectrogram = Spectrogram(3);
        var options = new SpecAugmentOptions();
        var clip = new PreparedClip(Record, Frames(10, 4), spectrogram, new VariantRecipe(4, options, 99));
        var expected = SpecAugment.Variants(spectrogram, 4, options, 99);
        for (int v = 0; v < 4; v++) Assert.Equal(expected[v], clip.Variant(v));
        Assert.Equal(clip.Variant(2), clip.Variant(2));
        Assert.NotEqual(clip.Variant(0), clip.Variant(1));
        Assert.Equal(4, clip.PairCount); // one window × four variants
    }

    [Fact]
    public void AFrameThatIsNotEightBitIsRejectedWithTheClipsPath()
    {
        var frames = Frames(10, 5);
        frames[7][100] = 0.5f; // 127.5 / 255
        var e = Assert.Throws<InvalidDataException>(() => new PreparedClip(Record, frames, Spectrogram(6), VariantRecipe.None));
        Assert.Contains("/d/c1.flv", e.Message);
        Assert.Contains("frame 7", e.Message);
    }
}
