using System.Diagnostics;
using TcWgan.TestSupport;

namespace TcWgan.Data.Tests.Preprocessing;

[Collection(RealClipsCollection.Name)]
public sealed class CachedPreprocessingTests(RealClips real) : IDisposable
{
    private readonly TempDir _dir = new("tcwgan-prep-cache");

    public void Dispose() => _dir.Dispose();

    private TensorCache NewCache() => new(_dir.Combine("cache"));

    [Fact]
    public void Cache_hit_returns_identical_tensors_and_is_much_faster()
    {
        var cache = NewCache();
        var preprocessor = new ClipPreprocessor(new PreprocessOptions(), real.Locator, cache);
        var clip = real.Crema[0];

        var watch = Stopwatch.StartNew();
        var first = preprocessor.Prepare(clip, out var firstOutcome);
        var computeTime = watch.Elapsed;
        watch.Restart();
        var second = preprocessor.Prepare(clip, out var secondOutcome);
        var hitTime = watch.Elapsed;

        Assert.Equal(CacheOutcome.Miss, firstOutcome);
        Assert.Equal(CacheOutcome.Hit, secondOutcome);
        RealClips.AssertIdentical(real.Prepared[0], first);
        RealClips.AssertIdentical(first, second);
        Assert.True(hitTime * 5 < computeTime, $"cache hit took {hitTime.TotalMilliseconds:F1} ms, computing {computeTime.TotalMilliseconds:F1} ms");
        Assert.Equal((1, 1, 0), (preprocessor.CacheHits, preprocessor.CacheMisses, preprocessor.CacheRebuilt));

        // A new process would open the same folder: a fresh cache object and preprocessor still hit.
        var reopened = new ClipPreprocessor(new PreprocessOptions(), real.Locator, NewCache());
        RealClips.AssertIdentical(first, reopened.Prepare(clip, out var reopenedOutcome));
        Assert.Equal(CacheOutcome.Hit, reopenedOutcome);
        Assert.Single(cache.EntryFiles());
        Assert.Empty(cache.TempFiles());
    }

    [Fact]
    public void A_changed_setting_misses_and_never_serves_stale_tensors()
    {
        var cache = NewCache();
        var clip = real.Crema[0];
        var baseline = new ClipPreprocessor(new PreprocessOptions(), real.Locator, cache);
        var reseeded = new ClipPreprocessor(new PreprocessOptions { Seed = 99 }, real.Locator, cache);

        baseline.Prepare(clip, out var o1);
        var changed = reseeded.Prepare(clip, out var o2);
        var again = baseline.Prepare(clip, out var o3);

        Assert.Equal([CacheOutcome.Miss, CacheOutcome.Miss, CacheOutcome.Hit], new[] { o1, o2, o3 });
        Assert.NotEqual(real.Prepared[0].Variant(0), changed.Variant(0));
        RealClips.AssertIdentical(real.Prepared[0], again);
        Assert.Equal(2, cache.EntryFiles().Count);
        Assert.NotEqual(baseline.KeyFor(clip), reseeded.KeyFor(clip));
    }

    [Fact]
    public void Changed_file_contents_miss()
    {
        // Copies of the real take in a temp folder; then the audio file is replaced by another take's audio.
        var source = real.Crema[0];
        string video = _dir.Combine("clip.flv"), audio = _dir.Combine("clip.wav");
        File.Copy(source.VideoPath!, video);
        File.Copy(source.AudioPath!, audio);
        var clip = source with { VideoPath = video, AudioPath = audio };
        var preprocessor = new ClipPreprocessor(new PreprocessOptions(), real.Locator, NewCache());

        var before = preprocessor.Prepare(clip, out var o1);
        Assert.Equal(clip, before.Clip);
        RealClips.AssertSameTensors(real.Prepared[0], before);
        File.Copy(real.Crema[1].AudioPath!, audio, overwrite: true);
        var after = preprocessor.Prepare(clip, out var o2);

        Assert.Equal((CacheOutcome.Miss, CacheOutcome.Miss), (o1, o2));
        Assert.Equal(real.Prepared[1].Spectrogram, after.Spectrogram);
        Assert.Equal(before.Window(0), after.Window(0));
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    public void A_corrupted_entry_is_detected_and_rebuilt(string corruption)
    {
        var cache = NewCache();
        var damages = new List<CacheDamage>();
        cache.Damaged += damages.Add;
        var preprocessor = new ClipPreprocessor(new PreprocessOptions(), real.Locator, cache);
        var clip = real.Crema[1];
        preprocessor.Prepare(clip);
        string entry = cache.PathFor(preprocessor.KeyFor(clip));
        byte[] bytes = File.ReadAllBytes(entry);
        if (corruption == "flip") bytes[bytes.Length / 2] ^= 0x01;
        else bytes = bytes[..(bytes.Length * 2 / 3)];
        File.WriteAllBytes(entry, bytes);

        var rebuilt = preprocessor.Prepare(clip, out var outcome);

        Assert.Equal(CacheOutcome.Rebuilt, outcome);
        RealClips.AssertIdentical(real.Prepared[1], rebuilt);
        var damage = Assert.Single(damages);
        Assert.Equal(entry, damage.Path);
        Assert.Contains(corruption == "flip" ? "SHA-256" : "truncated", damage.Reason);
        Assert.Equal(1, preprocessor.CacheRebuilt);
        RealClips.AssertIdentical(real.Prepared[1], preprocessor.Prepare(clip, out var then));
        Assert.Equal(CacheOutcome.Hit, then);
        Assert.Empty(cache.TempFiles());
    }
}
