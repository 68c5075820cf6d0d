using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

/// <summary>Decode limits: damage counted from ffmpeg's reports, length refused from the probe.</summary>
public sealed class DamageAndLengthTests : IDisposable
{
    private readonly TempDir _dir = new("tcwgan-damage");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Errors_are_counted_per_line_and_folded_repeats_count_as_many()
    {
        const string stderr = "[flv @ 0x1] Packet mismatch 0 3269 88619\n    Last message repeated 23 times\n" +
                              "[vp6f @ 0x2] End of AC stream reached in vp6_parse_coeff\n\n";
        Assert.Equal(25, FfmpegErrors.CountErrors(stderr));
        Assert.Equal(0, FfmpegErrors.CountErrors(""));
    }

    [Fact]
    public void One_process_gives_the_same_frames_and_samples_as_the_two_decoders()
    {
        foreach (var (video, audio) in new[] { (RealClips.CremaAngerFlv, RealClips.CremaAngerWav), (RealClips.RavdessMp4, (string?)null) })
        {
            var info = MediaProbe.Probe(video);
            var decoded = ClipDecoder.Decode(video, audio, info, 55, 240);
            var frames = VideoFrameDecoder.DecodeMiddle(video, info, 55, 240);
            Assert.Equal(frames.Count, decoded.Frames.Count);
            for (int i = 0; i < frames.Count; i++) Assert.Equal(frames[i].Pixels, decoded.Frames[i].Pixels);
            Assert.Equal(AudioDecoder.DecodeMono16k(audio ?? video), decoded.Audio);
            Assert.Equal(0, decoded.DecodeErrors);
            Assert.Same(info, decoded.Info);
        }
    }

    [Fact]
    public void A_clip_longer_than_the_limit_is_refused_from_the_probe_before_any_decoding()
    {
        // The probe says two hours; the file does not even exist, so any decoding attempt would say Unreadable.
        string missing = _dir.Combine("lecture.mp4");
        var info = new MediaInfo(missing, "mov,mp4", true, true, TimeSpan.FromHours(2), 25, 1280, 720, 180_000, 48000, 2);
        var e = Assert.Throws<ClipException>(() => ClipDecoder.Decode(missing, null, info, 55, 240));
        Assert.Equal((missing, SkipReason.TooLong), (e.Path, e.Reason));
        Assert.Contains("7200 s, longer than the 60 s limit", e.Message);

        string clip = FfmpegClips.VideoWithTone(_dir.Combine("three-seconds.mp4"), seconds: 3, width: 160, height: 120);
        var limits = new DecodeLimits { MaxDurationSeconds = 2 };
        Assert.Equal(SkipReason.TooLong,
            Assert.Throws<ClipException>(() => VideoFrameDecoder.DecodeMiddle(clip, MediaProbe.Probe(clip), 55, 240, null, limits)).Reason);
        Assert.NotEmpty(ClipDecoder.Decode(clip, null, MediaProbe.Probe(clip), 55, 240).Frames); // 60 s default: fine
    }

    [Fact]
    public void A_separate_audio_file_longer_than_the_limit_is_refused_after_decoding_only_the_limit()
    {
        string wav = FfmpegClips.ToneWav(_dir.Combine("long.wav"), seconds: 4);
        var limits = new DecodeLimits { MaxDurationSeconds = 1.5 };
        var e = Assert.Throws<ClipException>(() => AudioDecoder.DecodeMono16k(wav, limits: limits));
        Assert.Equal((wav, SkipReason.TooLong), (e.Path, e.Reason));
        var both = Assert.Throws<ClipException>(() =>
            ClipDecoder.Decode(RealClips.CremaAngerFlv, wav, MediaProbe.Probe(RealClips.CremaAngerFlv), 55, 240, limits with { MaxDurationSeconds = 3 }));
        Assert.Equal((wav, SkipReason.TooLong), (both.Path, both.Reason));
    }

    [Theory]
    [InlineData("RAVDESS")]
    [InlineData("CREMA-D")]
    public void A_clip_with_its_middle_third_overwritten_is_Damaged(string corpus)
    {
        string source = corpus == "RAVDESS" ? RealClips.RavdessMp4 : RealClips.CremaAngerFlv;
        string damaged = FfmpegClips.MiddleThirdOverwritten(source, _dir.Combine("damaged" + Path.GetExtension(source)));
        var info = MediaProbe.Probe(damaged); // the container index survives: the probe cannot tell
        var e = Assert.Throws<ClipException>(() => ClipDecoder.Decode(damaged, null, info, 55, 240));
        Assert.Equal((damaged, SkipReason.Damaged), (e.Path, e.Reason));
        Assert.Matches(@"ffmpeg reported \d+ errors", e.Message);
        // RAVDESS: the AAC frames in the damaged third fail one by one. CREMA-D: the flv demuxer reports one packet
        // mismatch for the audio and resyncs (losing 0.8 s), so only the video's repeated reports reach the threshold.
        if (corpus == "RAVDESS")
            Assert.Equal(SkipReason.Damaged, Assert.Throws<ClipException>(() => AudioDecoder.DecodeMono16k(damaged)).Reason);
    }

    [Fact]
    public void A_few_decode_errors_are_counted_but_the_clip_is_kept()
    {
        string glitch = FfmpegClips.Overwritten(RealClips.RavdessMp4, _dir.Combine("glitch.mp4"), 0.5, 64, seed: 2);
        var decoded = ClipDecoder.Decode(glitch, null, MediaProbe.Probe(glitch), 55, 240);
        Assert.InRange(decoded.DecodeErrors, 1, DecodeLimits.DefaultMaxDecodeErrors);
        Assert.NotEmpty(decoded.FirstDecodeErrors);
        Assert.Equal(55, decoded.Frames.Count);
        Assert.Equal(SkipReason.Damaged, Assert.Throws<ClipException>(() =>
            ClipDecoder.Decode(glitch, null, MediaProbe.Probe(glitch), 55, 240, new DecodeLimits { MaxDecodeErrors = 0 })).Reason);
    }

    [Fact]
    public void The_file_at_fault_is_named_when_the_separate_audio_has_no_audio_stream()
    {
        string videoOnly = FfmpegClips.VideoWithTone(_dir.Combine("video-only.mp4"), seconds: 1, width: 160, height: 120, withAudio: false);
        var e = Assert.Throws<ClipException>(() =>
            ClipDecoder.Decode(RealClips.CremaAngerFlv, videoOnly, MediaProbe.Probe(RealClips.CremaAngerFlv), 55, 240));
        Assert.Equal((videoOnly, SkipReason.NoAudioStream), (e.Path, e.Reason));
        Assert.Contains("matches no streams", e.Message);
    }

    [Fact]
    public void Limits_list_all_their_errors() =>
        Assert.Equal(2, new DecodeLimits { MaxDurationSeconds = 0, MaxDecodeErrors = -1 }.Validate().Count);
}
