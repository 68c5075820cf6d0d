using TcWgan.Media;
namespace TcWgan.Data.Tests.Preprocessing;

[Collection(RealClipsCollection.Name)]
public sealed class RealClipPreprocessingTests(RealClips real)
{
    [Fact]
    public void Every_real_clip_is_loaded_and_prepared()
    {
        Assert.Equal(2, real.Crema.Count);
        Assert.Single(real.Ravdess);
        Assert.Empty(real.PrepareSkips);
        Assert.Equal(3, real.Prepared.Count);
        // Input order is kept.
        Assert.Equal([.. real.Crema.Select(c => c.Id), .. real.Ravdess.Select(c => c.Id)], real.Prepared.Select(p => p.Clip.Id));
    }

    [Fact]
    public void Shapes_and_counts_follow_the_paper()
    {
        foreach (var clip in real.Prepared)
        {
            clip.CheckShapes();
            // 55 middle frames → (55 − 10) / 5 + 1 = 10 windows; ×10 SpecAugment variants → 100 pairs.
            Assert.Equal(10, clip.WindowCount);
            Assert.Equal(10, clip.Variants.Count);
            Assert.Equal(100, clip.PairCount);
        }
    }

    [Fact]
    public void Values_lie_in_their_ranges_and_are_not_degenerate()
    {
        foreach (var clip in real.Prepared)
        {
            foreach (var window in Enumerable.Range(0, clip.WindowCount).Select(clip.Window))
            {
                Assert.All(window, v => Assert.InRange(v, 0f, 1f));
                Assert.True(window.Max() - window.Min() > 0.3f, $"{clip.Clip.Id}: a face window has almost no contrast");
            }
            Assert.All(clip.Spectrogram, v => Assert.InRange(v, -1f, 1f));
            Assert.True(clip.Spectrogram.Max() - clip.Spectrogram.Min() > 0.5f, $"{clip.Clip.Id}: flat spectrogram");
            var variants = Enumerable.Range(0, clip.Variants.Count).Select(clip.Variant).ToList();
            foreach (var variant in variants)
            {
                Assert.All(variant, v => Assert.InRange(v, -1f, 1f));
                Assert.NotEqual(clip.Spectrogram, variant);
            }
            Assert.Equal(10, variants.Select(Fingerprint).Distinct().Count());
            Assert.Equal(variants[3], clip.Variant(3)); // drawn anew, the same every time
        }
    }

    [Fact]
    public void Consecutive_windows_overlap_by_five_frames()
    {
        var clip = real.Prepared[0];
        var windows = Enumerable.Range(0, clip.WindowCount).Select(clip.Window).ToList();
        Assert.Equal(FaceExtractor.Windows(Enumerable.Range(0, clip.FrameCount).Select(clip.Frame).ToList()), windows);
        int half = 5 * Shapes.FrameLength;
        for (int w = 0; w + 1 < windows.Count; w++)
            Assert.Equal(windows[w].AsSpan(half).ToArray(), windows[w + 1].AsSpan(0, half).ToArray());
    }

    [Fact]
    public void Prepare_is_deterministic_for_a_seed_and_variants_follow_the_seed()
    {
        var clip = real.Crema[0];
        var again = new ClipPreprocessor(new PreprocessOptions(), real.Locator).Prepare(clip);
        RealClips.AssertIdentical(real.Prepared[0], again);

        var reseeded = new ClipPreprocessor(new PreprocessOptions { Seed = 7 }, real.Locator).Prepare(clip);
        Assert.Equal(real.Prepared[0].Spectrogram, reseeded.Spectrogram);
        Assert.Equal(real.Prepared[0].Window(3), reseeded.Window(3));
        Assert.NotEqual(Fingerprint(real.Prepared[0].Variant(0)), Fingerprint(reseeded.Variant(0)));
    }

    [Fact]
    public void Clips_of_one_take_get_different_variants()
    {
        // Same seed, different clip ids → different augmentation seeds.
        Assert.NotEqual(Seeds.ClipAugment(DataDefaults.Seed, real.Crema[0].Id), Seeds.ClipAugment(DataDefaults.Seed, real.Crema[1].Id));
    }

    private static string Fingerprint(float[] values) => Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan())));
}
