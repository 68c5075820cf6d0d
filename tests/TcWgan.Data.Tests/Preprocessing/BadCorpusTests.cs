using System.Globalization;
using TcWgan.Media;
using TcWgan.TestSupport;

namespace TcWgan.Data.Tests.Preprocessing;

/// <summary>
/// A RAVDESS-layout folder holding good clips beside every kind of bad or left-out file, built with ffmpeg from the
/// real sample take: each kind is reported as itself, no good clip is lost, and the file account adds up.
/// </summary>
public sealed class BadCorpusTests : IDisposable
{
    private readonly TempDir _dir = new("tcwgan-bad-corpus");

    public void Dispose() => _dir.Dispose();

    private static string RealMp4 => Path.Combine(RepoPaths.RealRavdess, "Actor_01", "01-01-01-01-01-01-01.mp4");
    private static string RealWav(string emotion) => Path.Combine(RepoPaths.RealRavdess, "Actor_01", $"03-01-{emotion}-01-01-01-01.wav");

    [Fact]
    public void Every_kind_is_reported_as_itself_no_good_clip_is_lost_and_the_files_add_up()
    {
        string a1 = _dir.Combine("Actor_01"), a2 = _dir.Combine("Actor_02");
        Directory.CreateDirectory(a1);
        Directory.CreateDirectory(a2);
        string In(string folder, string name) => Path.Combine(folder, name);
        void Junk(string path) => File.WriteAllBytes(path, [1, 2, 3]);

        // Good: the real take with its audio-only file, a copy as another take, one with the video's own audio, and
        // one with a small glitch (64 bytes overwritten: ffmpeg reports 2 errors) that stays usable with a warning.
        File.Copy(RealMp4, In(a1, "01-01-01-01-01-01-01.mp4"));
        File.Copy(RealWav("01"), In(a1, "03-01-01-01-01-01-01.wav"));
        File.Copy(RealMp4, In(a1, "01-01-03-01-01-01-01.mp4"));
        File.Copy(RealWav("03"), In(a1, "03-01-03-01-01-01-01.wav"));
        File.Copy(RealMp4, In(a2, "01-01-05-01-01-01-02.mp4"));
        string glitch = FfmpegClips.Overwritten(RealMp4, In(a2, "01-01-04-01-01-01-02.mp4"), 0.5, 64, seed: 2);
        string[] good = ["01-01-01-01-01-01-01", "01-01-03-01-01-01-01", "01-01-04-01-01-01-02", "01-01-05-01-01-01-02"];

        // Bad, new kinds: digital silence under a real face, a third of the bytes overwritten, a 61 s clip.
        string silent = FfmpegClips.WithSilentAudio(RealMp4, In(a2, "01-01-06-01-01-01-02.mp4"), 3.3);
        string damaged = FfmpegClips.MiddleThirdOverwritten(RealMp4, In(a2, "01-01-07-01-01-01-02.mp4"));
        string tooLong = In(a2, "01-01-03-02-01-01-02.mp4");
        FfmpegClips.Run("-f", "lavfi", "-i", "color=c=gray:s=64x48:r=5:d=61", "-f", "lavfi", "-i",
            "sine=frequency=300:sample_rate=16000:duration=61", "-pix_fmt", "yuv420p", "-t", "61", tooLong);
        // Bad, the first round's kinds.
        string empty = In(a2, "01-01-03-01-02-01-02.mp4");
        File.WriteAllBytes(empty, []);
        string truncated = In(a2, "01-01-04-02-01-01-02.mp4");
        File.WriteAllBytes(truncated, File.ReadAllBytes(RealMp4)[..(int)(new FileInfo(RealMp4).Length * 2 / 5)]);
        string text = In(a2, "01-01-05-02-01-01-02.mp4");
        File.WriteAllText(text, "not a video, just text\n");
        string faceless = In(a2, "01-01-06-02-01-01-02.mp4");
        FfmpegClips.Run("-f", "lavfi", "-i", "color=c=gray:s=320x240:r=25:d=3", "-f", "lavfi", "-i",
            "sine=frequency=440:sample_rate=16000:duration=3", "-pix_fmt", "yuv420p", "-t", "3", faceless);
        string noAudio = FfmpegClips.VideoWithTone(In(a2, "01-01-07-02-01-01-02.mp4"), seconds: 3, width: 160, height: 120, withAudio: false);
        string badName = In(a2, "clip.mp4");
        Junk(badName);
        // Left out by rule: calm (with its audio), surprised, song, an audio-only take without video, a text file.
        Junk(In(a2, "01-01-02-01-01-01-02.mp4"));
        File.Copy(RealWav("05"), In(a2, "03-01-02-01-01-01-02.wav"));
        Junk(In(a2, "01-01-08-01-01-01-02.mp4"));
        Junk(In(a2, "01-02-03-01-01-01-02.mp4"));
        File.Copy(RealWav("05"), In(a1, "03-01-05-01-01-01-01.wav"));
        File.WriteAllText(_dir.Combine("README.txt"), "RAVDESS sample\n");

        var skips = new SkipLog();
        var clips = RavdessLoader.Load(_dir.Path, new RavdessOptions(), skips);
        using var locator = new HaarCascadeLocator();
        var preprocessor = new ClipPreprocessor(new PreprocessOptions(), locator);
        var prepared = preprocessor.PrepareAll(clips, skips);
        var account = FileAccount.Create(skips, prepared);

        Assert.Equal(good, prepared.Select(p => p.Clip.Id));
        Assert.InRange(prepared.Single(p => p.Clip.VideoPath == glitch).DecodeErrors, 1, DecodeLimits.DefaultMaxDecodeErrors);
        Assert.All(prepared.Where(p => p.Clip.VideoPath != glitch), p => Assert.Equal(0, p.DecodeErrors));
        var reasons = skips.Items.ToDictionary(s => s.Path, s => s.Reason);
        Assert.Equal(SkipReason.Silent, reasons[silent]);
        Assert.Equal(SkipReason.Damaged, reasons[damaged]);
        Assert.Equal(SkipReason.TooLong, reasons[tooLong]);
        Assert.Equal(SkipReason.EmptyFile, reasons[empty]);
        Assert.Equal(SkipReason.Truncated, reasons[truncated]);
        Assert.Equal(SkipReason.WrongContainer, reasons[text]);
        Assert.Equal(SkipReason.NoFaceFound, reasons[faceless]);
        Assert.Equal(SkipReason.NoAudioStream, reasons[noAudio]);
        Assert.Equal(SkipReason.BadName, reasons[badName]);
        Assert.Equal(9, reasons.Count);
        Assert.Equal(new Dictionary<LeaveOutRule, int>
        {
            [LeaveOutRule.RavdessCalm] = 2, [LeaveOutRule.RavdessSurprised] = 1, [LeaveOutRule.Song] = 1,
            [LeaveOutRule.AudioWithoutVideo] = 1, [LeaveOutRule.NotCorpusMedia] = 1,
        }, account.LeftOutFiles);

        int onDisk = Directory.GetFiles(_dir.Path, "*", SearchOption.AllDirectories).Length;
        Assert.Equal(21, onDisk);
        Assert.Equal(onDisk, account.Found);
        Assert.Equal((4, 6), (account.PreparedClips, account.PreparedFiles));
        Assert.Equal(9, account.Skipped);
        Assert.Equal(6, account.LeftOut);
        Assert.Equal(0, account.Unaccounted);
        string summary = account.ToString();
        Assert.Matches(@"^files found +21\r?\n  prepared +6  \(4 clips\)", summary);
        foreach (string kind in new[] { "Silent", "Damaged", "TooLong", "RavdessCalm", "AudioWithoutVideo" })
            Assert.Contains(kind, summary);
        Assert.Contains($"{glitch}: {account.DecodeWarnings[glitch].ToString(CultureInfo.InvariantCulture)} ffmpeg errors", summary);
    }
}
