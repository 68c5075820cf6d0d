using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

public sealed class MixedFolderTests
{
    [Fact]
    public void CremaDFolderWithGoodAndBadFiles_KeepsAllGoodAndCountsTheBad()
    {
        using var dir = new TempDir();
        string videos = dir.Combine("VideoFlash");
        Directory.CreateDirectory(videos);
        Directory.CreateDirectory(dir.Combine("AudioWAV"));
        // Good: two flv clips with audio (FLV1 + MP3 from ffmpeg's defaults).
        FfmpegClips.VideoWithTone(Path.Combine(videos, "1010_IEO_ANG_HI.flv"), seconds: 1, width: 96, height: 72);
        FfmpegClips.VideoWithTone(Path.Combine(videos, "1011_IEO_SAD_LO.flv"), seconds: 1, width: 96, height: 72, withAudio: false);
        FfmpegClips.ToneWav(dir.Combine("AudioWAV", "1011_IEO_SAD_LO.wav"), seconds: 1); // its audio comes from the wav
        // Bad.
        FfmpegClips.VideoWithTone(Path.Combine(videos, "1012_IEO_HAP_XX.flv"), seconds: 1, width: 96, height: 72, withAudio: false);
        File.WriteAllBytes(Path.Combine(videos, "1013_IEO_NEU_XX.flv"), []);
        File.WriteAllText(Path.Combine(videos, "1014_IEO_FEA_XX.flv"), "not a video");
        File.WriteAllBytes(Path.Combine(videos, "1015_IEO_BOR_XX.flv"), [1, 2]);
        File.WriteAllBytes(Path.Combine(videos, "README.flv"), [1, 2]);

        var skips = new SkipLog();
        var clips = ClipVerifier.KeepReadable(CremaDLoader.Load(dir.Path, skips), skips);

        Assert.Equal(["1010_IEO_ANG_HI", "1011_IEO_SAD_LO"], clips.Select(c => c.Id));
        var counts = skips.CountsByReason();
        Assert.Equal(5, skips.Items.Count);
        Assert.Equal(1, counts[SkipReason.NoAudioStream]);
        Assert.Equal(1, counts[SkipReason.EmptyFile]);
        Assert.Equal(1, counts[SkipReason.WrongContainer]);
        Assert.Equal(1, counts[SkipReason.UnknownLabel]);
        Assert.Equal(1, counts[SkipReason.BadName]);
        Assert.Contains(skips.Items, s => s.Reason == SkipReason.NoAudioStream && s.Path.EndsWith("1012_IEO_HAP_XX.flv"));
        Accounting.AssertEveryFileOnce(clips, skips, Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }
}
