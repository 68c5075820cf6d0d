using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

public sealed class RavdessLoaderTests
{
    [Fact]
    public void RealFolder_Actor01NeutralPairedWithItsAudioOnlyTake()
    {
        var skips = new SkipLog();
        var clips = RavdessLoader.Load(RepoPaths.RealRavdess, new RavdessOptions(), skips);
        Assert.Empty(skips.Items);
        var clip = Assert.Single(clips);
        Assert.Equal("01-01-01-01-01-01-01", clip.Id);
        Assert.Equal(Emotion.Neutral, clip.Emotion);
        Assert.Equal("01", clip.Speaker);
        Assert.Equal(Sex.Male, clip.Sex);
        Assert.Equal("ravdess", clip.Corpus);
        Assert.Equal(Path.Combine(RepoPaths.RealRavdess, "Actor_01", "03-01-01-01-01-01-01.wav"), clip.AudioPath);
        Assert.Equal(2, skips.CountsByRule()[LeaveOutRule.AudioWithoutVideo]); // happy and angry audio-only takes have no video here
    }

    private static TempDir Corpus(params string[] names)
    {
        var dir = new TempDir();
        foreach (string name in names)
        {
            string actor = name[^2..];
            string folder = dir.Combine($"Actor_{actor}");
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name + (name.StartsWith("03") ? ".wav" : ".mp4")), [1, 2, 3]);
        }
        return dir;
    }

    [Fact]
    public void Rules_VideoOnlyNeedsAudio_CalmAndSurpriseDropped_SongExcluded()
    {
        using var dir = Corpus(
            "01-01-03-01-01-01-02", // happy, actor 02 (female)
            "02-01-04-02-01-01-02", // video-only sad with audio → kept
            "03-01-04-02-01-01-02",
            "02-01-05-01-01-01-02", // video-only angry without audio → NoAudioStream
            "01-01-02-01-01-01-02", // calm → dropped
            "01-01-08-01-02-01-02", // surprised → dropped
            "01-02-03-01-01-01-02", // song → dropped
            "01-01-09-01-01-01-02", // emotion 09 → UnknownLabel
            "01-01-01-01-01-01-02",
            "02-01-01-01-01-01-02"); // same take as the 01 file → ignored
        var skips = new SkipLog();
        var clips = RavdessLoader.Load(dir.Path, new RavdessOptions(), skips);

        Assert.Equal(["01-01-01-01-01-01-02", "01-01-03-01-01-01-02", "02-01-04-02-01-01-02"], clips.Select(c => c.Id));
        Assert.All(clips, c => Assert.Equal(Sex.Female, c.Sex));
        var videoOnly = clips[2];
        Assert.Equal(Emotion.Sadness, videoOnly.Emotion);
        Assert.EndsWith("03-01-04-02-01-01-02.wav", videoOnly.AudioPath);
        Assert.Equal("02", videoOnly.Intensity);
        Assert.Null(clips[0].AudioPath);
        var rules = skips.CountsByRule();
        Assert.Equal(1, rules[LeaveOutRule.RavdessCalm]);
        Assert.Equal(1, rules[LeaveOutRule.RavdessSurprised]);
        Assert.Equal(1, rules[LeaveOutRule.Song]);
        Assert.False(rules.ContainsKey(LeaveOutRule.AudioWithoutVideo));
        var counts = skips.CountsByReason();
        Assert.Equal(2, skips.Items.Count);
        Assert.Equal(1, counts[SkipReason.NoAudioStream]);
        Assert.Equal(1, counts[SkipReason.UnknownLabel]);
    }

    [Fact]
    public void Options_IncludeSongAndDropMore()
    {
        using var dir = Corpus("01-02-03-01-01-01-03", "01-01-01-01-01-01-03", "01-01-05-01-01-01-03");
        var options = new RavdessOptions { IncludeSong = true, DroppedEmotionCodes = new HashSet<int> { 1, 2, 8 } };
        var skips = new SkipLog();
        var clips = RavdessLoader.Load(dir.Path, options, skips);
        Assert.Equal(["01-01-05-01-01-01-03", "01-02-03-01-01-01-03"], clips.Select(c => c.Id));
        var rules = skips.CountsByRule();
        Assert.Equal(1, rules[LeaveOutRule.DroppedEmotion]);
        Assert.False(rules.ContainsKey(LeaveOutRule.Song));
        Assert.All(clips, c => Assert.Equal(Sex.Male, c.Sex));
    }

    [Fact]
    public void BadNamesAndEmptyFiles_AreSkipped()
    {
        using var dir = Corpus("01-01-03-01-01-01-04");
        File.WriteAllBytes(dir.Combine("Actor_04", "01-01-03-01-01-02-04.mp4"), []);
        File.WriteAllBytes(dir.Combine("Actor_04", "video.mp4"), [1]);
        File.WriteAllBytes(dir.Combine("Actor_04", "03-01-03-01-01-01-04.mp4"), [1]); // audio-only code on an mp4
        var skips = new SkipLog();
        var clips = RavdessLoader.Load(dir.Path, new RavdessOptions(), skips);
        Assert.Single(clips);
        var counts = skips.CountsByReason();
        Assert.Equal(2, counts[SkipReason.BadName]);
        Assert.Equal(1, counts[SkipReason.EmptyFile]);
    }

    [Fact]
    public void Options_CannotKeepCalmOrSurprised()
    {
        var errors = new RavdessOptions { DroppedEmotionCodes = new HashSet<int> { 9 } }.Validate();
        Assert.Equal(3, errors.Count); // 9 out of range, 2 missing, 8 missing
        Assert.Contains(errors, e => e.Contains("calm"));
        Assert.Contains(errors, e => e.Contains("surprised"));
        Assert.Throws<ArgumentException>(() => RavdessLoader.Load(".", new RavdessOptions { DroppedEmotionCodes = new HashSet<int>() }, new SkipLog()));
    }

    [Theory]
    [InlineData("01-01-03-01-02-01-12", true)]
    [InlineData("01-01-03-01-02-01", false)]
    [InlineData("04-01-03-01-02-01-12", false)]
    [InlineData("01-03-03-01-02-01-12", false)]
    [InlineData("01-01-03-01-02-01-00", false)]
    public void Name_Parse(string name, bool valid) => Assert.Equal(valid, RavdessName.TryParse(name) is not null);
}

public sealed class RavdessAccountingTests
{
    [Fact]
    public void Every_file_found_is_kept_skipped_or_left_out_by_its_rule()
    {
        using var dir = new TempDir();
        string actor = dir.Combine("Actor_02");
        Directory.CreateDirectory(actor);
        void Touch(string name) => File.WriteAllBytes(Path.Combine(actor, name), [1, 2, 3]);
        Touch("01-01-03-01-01-01-02.mp4"); Touch("03-01-03-01-01-01-02.wav"); // happy, with its audio → one clip, 2 files
        Touch("01-01-05-01-01-01-02.mp4");                                    // angry, own audio → one clip
        Touch("01-01-02-01-01-01-02.mp4"); Touch("03-01-02-01-01-01-02.wav"); // calm + its audio → RavdessCalm ×2
        Touch("01-01-08-02-01-01-02.mp4");                                    // surprised → RavdessSurprised
        Touch("01-02-03-01-01-01-02.mp4"); Touch("03-02-03-01-01-01-02.wav"); // song + its audio → Song ×2
        Touch("02-01-03-01-01-01-02.mp4");                                    // video-only of the happy take → DuplicateTake
        Touch("03-01-04-01-01-01-02.wav"); Touch("03-01-06-02-02-01-02.wav"); // audio-only, no video → AudioWithoutVideo ×2
        Touch("notes.txt");                                                   // → NotCorpusMedia
        Touch("01-01-09-01-01-01-02.mp4"); Touch("03-01-09-01-01-01-02.wav"); // emotion 09 → UnknownLabel, its wav with it
        File.WriteAllBytes(Path.Combine(actor, "01-01-04-01-01-01-02.mp4"), []); // empty → EmptyFile

        var skips = new SkipLog();
        var clips = RavdessLoader.Load(dir.Path, new RavdessOptions(), skips);

        Assert.Equal(["01-01-03-01-01-01-02", "01-01-05-01-01-01-02"], clips.Select(c => c.Id));
        Assert.Equal(15, skips.FilesFound);
        var rules = skips.CountsByRule();
        Assert.Equal(2, rules[LeaveOutRule.RavdessCalm]);
        Assert.Equal(1, rules[LeaveOutRule.RavdessSurprised]);
        Assert.Equal(2, rules[LeaveOutRule.Song]);
        Assert.Equal(1, rules[LeaveOutRule.DuplicateTake]);
        Assert.Equal(2, rules[LeaveOutRule.AudioWithoutVideo]);
        Assert.Equal(1, rules[LeaveOutRule.NotCorpusMedia]);
        var unknown = Assert.Single(skips.Items, s => s.Reason == SkipReason.UnknownLabel);
        Assert.EndsWith("03-01-09-01-01-01-02.wav", Assert.Single(unknown.OtherFiles));
        Assert.Equal(1, skips.CountsByReason()[SkipReason.EmptyFile]);
        Accounting.AssertEveryFileOnce(clips, skips, Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }
}
