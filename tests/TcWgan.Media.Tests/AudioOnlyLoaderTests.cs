using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

/// <summary>Audio-only corpora (AER studies without faces): RAVDESS 03 files, CREMA-D AudioWAV, manifests without video.</summary>
public sealed class AudioOnlyLoaderTests
{
    private static string RavdessSpeechDev => Path.GetFullPath(Path.Combine(RepoPaths.RealTestData, "..", "ravdess-speech-dev"));

    [Fact]
    public void Real_RAVDESS_speech_folder_gives_every_audio_only_file_as_a_clip()
    {
        var skips = new SkipLog();
        var clips = RavdessLoader.Load(RavdessSpeechDev, new RavdessOptions { AudioOnly = true }, skips);

        Assert.Equal(528, clips.Count);                  // 12 actors × 44 speech files of the six classes
        Assert.Empty(skips.Items);
        Assert.All(clips, c => Assert.False(c.HasVideo));
        Assert.All(clips, c => Assert.EndsWith(".wav", c.AudioSource));
        Assert.Equal(Enumerable.Range(1, 12).Select(a => a.ToString("00")), clips.Select(c => c.Speaker).Distinct().Order());
        Assert.Equal(4 * 12, clips.Count(c => c.Emotion == Emotion.Neutral)); // neutral has one intensity: half the takes
        Assert.Equal(8 * 12, clips.Count(c => c.Emotion == Emotion.Anger));
        // The same folder without the option: every file is an audio take without video, left out by that rule.
        var visual = new SkipLog();
        Assert.Empty(RavdessLoader.Load(RavdessSpeechDev, new RavdessOptions(), visual));
        Assert.Equal(528, visual.CountsByRule()[LeaveOutRule.AudioWithoutVideo]);
    }

    [Fact]
    public void RAVDESS_audio_only_reads_the_03_file_or_else_the_01_videos_sound_and_accounts_for_every_file()
    {
        using var dir = new TempDir();
        string actor = dir.Combine("Actor_05");
        Directory.CreateDirectory(actor);
        void Touch(string name) => File.WriteAllBytes(Path.Combine(actor, name), [1, 2, 3]);
        Touch("01-01-03-01-01-01-05.mp4"); Touch("03-01-03-01-01-01-05.wav"); // happy: the wav, the video left out
        Touch("01-01-05-01-01-01-05.mp4");                                    // angry: no wav, the video's sound
        Touch("02-01-04-01-01-01-05.mp4");                                    // video-only sad: no sound → left out
        Touch("03-01-04-02-01-01-05.wav");                                    // audio-only sad: a clip
        Touch("03-01-02-01-01-01-05.wav");                                    // calm → its rule
        Touch("03-02-03-01-01-01-05.wav");                                    // song → its rule

        var skips = new SkipLog();
        var clips = RavdessLoader.Load(dir.Path, new RavdessOptions { AudioOnly = true }, skips);

        Assert.Equal(["01-01-05-01-01-01-05", "03-01-03-01-01-01-05", "03-01-04-02-01-01-05"], clips.Select(c => c.Id));
        Assert.All(clips, c => Assert.Null(c.VideoPath));
        Assert.EndsWith("01-01-05-01-01-01-05.mp4", clips[0].AudioSource);
        Assert.Equal([Emotion.Anger, Emotion.Happiness, Emotion.Sadness], clips.Select(c => c.Emotion));
        Assert.All(clips, c => Assert.Equal(("05", Sex.Male), (c.Speaker, c.Sex)));
        var rules = skips.CountsByRule();
        Assert.Equal(2, rules[LeaveOutRule.VideoNotUsed]);
        Assert.Equal(1, rules[LeaveOutRule.RavdessCalm]);
        Assert.Equal(1, rules[LeaveOutRule.Song]);
        Accounting.AssertEveryFileOnce(clips, skips, Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void CREMA_D_audio_only_reads_AudioWAV_and_leaves_the_videos_out()
    {
        var skips = new SkipLog();
        var clips = CremaDLoader.Load(RepoPaths.RealCremaD, skips, audioOnly: true);

        Assert.Equal(["1001_DFA_ANG_XX", "1001_DFA_HAP_XX"], clips.Select(c => c.Id));
        Assert.All(clips, c => Assert.Null(c.VideoPath));
        Assert.Equal(Path.Combine(RepoPaths.RealCremaD, "AudioWAV", "1001_DFA_ANG_XX.wav"), clips[0].AudioSource);
        Assert.Equal(Sex.Male, clips[0].Sex);
        Assert.Equal(2, skips.CountsByRule()[LeaveOutRule.VideoNotUsed]);
        Accounting.AssertEveryFileOnce(clips, skips, Directory.GetFiles(Path.Combine(RepoPaths.RealCremaD, "AudioWAV"))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.RealCremaD, "VideoFlash"))));
    }

    [Fact]
    public void CREMA_D_audio_only_needs_only_AudioWAV()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("AudioWAV"));
        File.WriteAllBytes(dir.Combine("AudioWAV", "1002_IEO_SAD_LO.wav"), [1]);
        Assert.Throws<DirectoryNotFoundException>(() => CremaDLoader.Load(dir.Path, new SkipLog()));
        var clip = Assert.Single(CremaDLoader.Load(dir.Path, new SkipLog(), audioOnly: true));
        Assert.Equal((Emotion.Sadness, "1002", "LO"), (clip.Emotion, clip.Speaker, clip.Intensity));
    }

    [Fact]
    public void A_manifest_without_a_video_column_gives_audio_only_clips()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.Combine("a.wav"), [1]);
        File.WriteAllBytes(dir.Combine("b.mp4"), [1]);
        File.WriteAllText(dir.Combine("m.csv"), "audio_path,emotion,speaker\na.wav,fear,s1\n");
        var clip = Assert.Single(ManifestLoader.Load(dir.Combine("m.csv"), new SkipLog()));
        Assert.False(clip.HasVideo);
        Assert.Equal((dir.Combine("a.wav"), Emotion.Fear), (clip.AudioSource, clip.Emotion));

        // audioOnly: a row with both reads its audio file (the video left out), a row with a video only reads its sound.
        File.WriteAllText(dir.Combine("n.csv"), "video_path,audio_path,emotion,speaker\nb.mp4,a.wav,sad,s1\nb.mp4,,happy,s2\n");
        var skips = new SkipLog();
        var clips = ManifestLoader.Load(dir.Combine("n.csv"), skips, audioOnly: true);
        Assert.Equal([dir.Combine("a.wav"), dir.Combine("b.mp4")], clips.Select(c => c.AudioSource));
        Assert.All(clips, c => Assert.Null(c.VideoPath));
        Assert.Equal(1, skips.CountsByRule()[LeaveOutRule.VideoNotUsed]);
        Assert.Equal(skips.FilesFound, clips.Sum(c => c.Files.Count) + skips.LeftOutFiles.Count);
    }

    [Fact]
    public void CorpusLoader_passes_audio_only_to_every_loader()
    {
        var clips = CorpusLoader.Load("crema-d", RepoPaths.RealCremaD, new SkipLog(), audioOnly: true);
        Assert.All(clips, c => Assert.False(c.HasVideo));
        Assert.Equal(528, CorpusLoader.Load("ravdess", RavdessSpeechDev, new SkipLog(), audioOnly: true).Count);
    }
}
