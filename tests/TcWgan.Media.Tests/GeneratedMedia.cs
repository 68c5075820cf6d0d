using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

/// <summary>Small clips made once with ffmpeg and shared by the tests of the "generated media" collection.</summary>
public sealed class GeneratedMedia : IDisposable
{
    private readonly TempDir _dir = new("tcwgan-media");

    public GeneratedMedia()
    {
        // 3 s testsrc2 + 440 Hz sine, H.264/AAC in mp4 (moov at the end: truncation loses it).
        AvMp4 = FfmpegClips.VideoWithTone(_dir.Combine("av.mp4"), seconds: 3, width: 160, height: 120);
        VideoOnlyMp4 = FfmpegClips.VideoWithTone(_dir.Combine("video-only.mp4"), seconds: 2, width: 160, height: 120,
            withAudio: false);
        ToneWav = FfmpegClips.ToneWav(_dir.Combine("tone.wav"), seconds: 1, toneHz: 1000);
        ShortMp4 = FfmpegClips.VideoWithTone(_dir.Combine("short.mp4"), seconds: 0.4, width: 160, height: 120);
        // Frame N has luma 2N: 100 frames whose index can be read back from the pixels.
        CounterMp4 = _dir.Combine("counter.mp4");
        FfmpegClips.Run("-f", "lavfi", "-i", "color=c=black:s=64x48:r=25:d=4", "-vf", "geq=lum='2*N':cb=128:cr=128",
            "-c:v", "libx264", "-qp", "0", "-pix_fmt", "yuv420p", CounterMp4);
        PlainColourMp4 = _dir.Combine("plain.mp4");
        FfmpegClips.Run("-f", "lavfi", "-i", "color=c=0x3070c0:s=160x120:r=25:d=3", "-f", "lavfi", "-i",
            "sine=frequency=300:sample_rate=16000:duration=3", "-pix_fmt", "yuv420p", "-shortest", PlainColourMp4);
        TruncatedMp4 = _dir.Combine("truncated.mp4");
        byte[] whole = File.ReadAllBytes(AvMp4);
        File.WriteAllBytes(TruncatedMp4, whole[..(whole.Length * 2 / 5)]);
        TextAsMp4 = _dir.Combine("notes.mp4");
        File.WriteAllText(TextAsMp4, "This is a text file with a video extension.\nNothing to decode here.\n");
        EmptyMp4 = _dir.Combine("empty.mp4");
        File.WriteAllBytes(EmptyMp4, []);
    }

    public string AvMp4 { get; }
    public string VideoOnlyMp4 { get; }
    public string ToneWav { get; }
    public string ShortMp4 { get; }
    public string CounterMp4 { get; }
    public string PlainColourMp4 { get; }
    public string TruncatedMp4 { get; }
    public string TextAsMp4 { get; }
    public string EmptyMp4 { get; }
    public string Missing => _dir.Combine("does-not-exist.mp4");
    public string Folder => _dir.Path;

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class GeneratedMediaCollection : ICollectionFixture<GeneratedMedia>
{
    public const string Name = "generated media";
}
