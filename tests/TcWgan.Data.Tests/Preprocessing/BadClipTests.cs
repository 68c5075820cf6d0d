using System.Collections.Concurrent;
using TcWgan.Media;
using TcWgan.TestSupport;

namespace TcWgan.Data.Tests.Preprocessing;

[Collection(RealClipsCollection.Name)]
public sealed class BadClipTests(RealClips real) : IDisposable
{
    private readonly TempDir _dir = new("tcwgan-bad-clips");

    public void Dispose() => _dir.Dispose();

    private sealed class CollectingProgress : IProgress<int>
    {
        public ConcurrentBag<int> Values { get; } = [];
        public void Report(int value) => Values.Add(value);
    }

    private sealed class ThrowingLocator : IFaceLocator
    {
        public RelativeBox? Locate(RgbFrame frame) => throw new InvalidOperationException("detector crashed");
    }

    private static ClipRecord Record(string id, string video, string? audio = null) =>
        new(id, video, audio, Emotion.Sadness, "1001", Corpus: "crema-d");

    [Fact]
    public void PrepareAll_skips_each_bad_clip_with_its_path_and_keeps_the_good_ones_in_order()
    {
        string empty = _dir.Combine("1001_DFA_SAD_XX.flv");
        File.WriteAllBytes(empty, []);
        string missing = _dir.Combine("1001_DFA_FEA_XX.flv");
        string garbage = _dir.Combine("1001_DFA_DIS_XX.flv");
        File.WriteAllText(garbage, "this is not a flash video, just text pretending to be one\n");
        string faceless = _dir.Combine("grey.mp4");
        FfmpegClips.Run("-f", "lavfi", "-i", "color=c=gray:size=320x240:rate=25:duration=3",
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=16000:duration=3", "-pix_fmt", "yuv420p", "-shortest", faceless);
        string silentVideo = FfmpegClips.VideoWithTone(_dir.Combine("video-only.mp4"), seconds: 1, width: 160, height: 120,
            withAudio: false);

        ClipRecord[] records =
        [
            Record("empty", empty),
            real.Crema[0],
            Record("missing", missing),
            Record("garbage", garbage),
            real.Crema[1],
            Record("faceless", faceless),
            // A real face video whose audio file holds no audio stream.
            real.Crema[0] with { Id = "no-audio", AudioPath = silentVideo },
        ];
        var cache = new TensorCache(_dir.Combine("cache"));
        var preprocessor = new ClipPreprocessor(new PreprocessOptions(), real.Locator, cache);
        var skips = new SkipLog();
        var progress = new CollectingProgress();

        var prepared = preprocessor.PrepareAll(records, skips, progress);

        Assert.Equal([real.Crema[0].Id, real.Crema[1].Id], prepared.Select(p => p.Clip.Id));
        RealClips.AssertIdentical(real.Prepared[0], prepared[0]);
        RealClips.AssertIdentical(real.Prepared[1], prepared[1]);
        var byPath = skips.Items.ToDictionary(s => s.Path);
        Assert.Equal(5, byPath.Count);
        Assert.Equal(SkipReason.EmptyFile, byPath[empty].Reason);
        Assert.Equal(SkipReason.Unreadable, byPath[missing].Reason);
        Assert.Contains(byPath[garbage].Reason, new[] { SkipReason.WrongContainer, SkipReason.DecodeFailed });
        Assert.Equal(SkipReason.NoFaceFound, byPath[faceless].Reason);
        Assert.Equal(SkipReason.NoAudioStream, byPath[silentVideo].Reason);
        Assert.All(skips.Items, s => Assert.False(string.IsNullOrWhiteSpace(s.Message)));
        // Every clip reported progress once; the last report is the total.
        Assert.Equal(Enumerable.Range(1, records.Length), progress.Values.Order());
        // Only good clips were cached.
        Assert.Equal(2, cache.EntryFiles().Count);
        Assert.Empty(cache.TempFiles());
    }

    [Fact]
    public void Any_other_decoding_error_becomes_DecodeFailed_naming_the_file()
    {
        var preprocessor = new ClipPreprocessor(new PreprocessOptions(), new ThrowingLocator());
        var clip = real.Crema[0];
        var ex = Assert.Throws<ClipException>(() => preprocessor.Prepare(clip));
        Assert.Equal(clip.VideoPath, ex.Path);
        Assert.Equal(SkipReason.DecodeFailed, ex.Reason);
        Assert.Contains("detector crashed", ex.Message);
        Assert.IsType<InvalidOperationException>(ex.InnerException);

        var skips = new SkipLog();
        Assert.Empty(preprocessor.PrepareAll([clip], skips));
        Assert.Equal(SkipReason.DecodeFailed, Assert.Single(skips.Items).Reason);
    }

    [Fact]
    public void Unreadable_files_are_reported_before_any_decoding_when_caching()
    {
        var preprocessor = new ClipPreprocessor(new PreprocessOptions(), real.Locator, new TensorCache(_dir.Combine("c")));
        string missingAudio = _dir.Combine("gone.wav");
        var ex = Assert.Throws<ClipException>(() => preprocessor.Prepare(real.Crema[0] with { AudioPath = missingAudio }));
        Assert.Equal(missingAudio, ex.Path);
        Assert.Equal(SkipReason.Unreadable, ex.Reason);

        string folder = _dir.Combine("folder.flv");
        Directory.CreateDirectory(folder);
        var folderError = Assert.Throws<ClipException>(() => preprocessor.Prepare(real.Crema[0] with { VideoPath = folder }));
        Assert.Equal((folder, SkipReason.Unreadable), (folderError.Path, folderError.Reason));
        Assert.Contains("folder", folderError.Message);
    }
}
