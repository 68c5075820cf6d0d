using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

public sealed class CremaDLoaderTests
{
    [Fact]
    public void RealFolder_TwoLabelledClipsPairedWithTheirWavs()
    {
        var skips = new SkipLog();
        var clips = CremaDLoader.Load(RepoPaths.RealCremaD, skips);
        Assert.Empty(skips.Items);
        Assert.Equal(["1001_DFA_ANG_XX", "1001_DFA_HAP_XX"], clips.Select(c => c.Id));
        Assert.Equal([Emotion.Anger, Emotion.Happiness], clips.Select(c => c.Emotion));
        Assert.All(clips, c =>
        {
            Assert.Equal("1001", c.Speaker);
            Assert.Equal("DFA", c.Sentence);
            Assert.Equal("XX", c.Intensity);
            Assert.Equal(Sex.Male, c.Sex); // VideoDemographics.csv: 1001,51,"Male",…
            Assert.Equal("crema-d", c.Corpus);
            Assert.True(Path.IsPathFullyQualified(c.VideoPath!));
            Assert.Equal(Path.Combine(RepoPaths.RealCremaD, "AudioWAV", c.Id + ".wav"), c.AudioPath);
        });
    }

    [Fact]
    public void Demographics_ReadsSexPerActor()
    {
        var sexes = CremaDDemographics.Read(Path.Combine(RepoPaths.RealCremaD, CremaDDemographics.FileName));
        Assert.Equal(91, sexes.Count);
        Assert.Equal(Sex.Male, sexes["1001"]);
        Assert.Equal(Sex.Female, sexes["1002"]);
    }

    [Fact]
    public void BadNamesLabelsAndEmptyFiles_AreSkippedWithReasons()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("VideoFlash"));
        Directory.CreateDirectory(dir.Combine("AudioWAV"));
        void Touch(string rel, int bytes = 4) => File.WriteAllBytes(dir.Combine(rel), new byte[bytes]);
        Touch("VideoFlash/1002_IEO_SAD_HI.flv");
        Touch("VideoFlash/1003_TIE_NEU_XX.flv");
        Touch("AudioWAV/1003_TIE_NEU_XX.wav");
        Touch("VideoFlash/1004_TIE_XYZ_XX.flv");
        Touch("VideoFlash/clip-7.flv");
        Touch("VideoFlash/1005_TIE_FEA_LO.flv", 0);
        Touch("VideoFlash/1006_TIE_DIS_MD.flv");
        Touch("AudioWAV/1006_TIE_DIS_MD.wav", 0);
        File.WriteAllText(dir.Combine("VideoDemographics.csv"), "\"ActorID\",\"Age\",\"Sex\",\"Race\",\"Ethnicity\"\n1002,30,\"Female\",\"x\",\"y\"\n");

        var skips = new SkipLog();
        var clips = CremaDLoader.Load(dir.Path, skips);

        Assert.Equal(["1002_IEO_SAD_HI", "1003_TIE_NEU_XX"], clips.Select(c => c.Id));
        Assert.Null(clips[0].AudioPath); // no wav: the video's own audio
        Assert.Equal(clips[0].VideoPath, clips[0].AudioSource);
        Assert.Equal(Sex.Female, clips[0].Sex);
        Assert.Equal(Sex.Unknown, clips[1].Sex); // actor not in the table
        Assert.Equal(Emotion.Sadness, clips[0].Emotion);
        var counts = skips.CountsByReason();
        Assert.Equal(1, counts[SkipReason.UnknownLabel]);
        Assert.Equal(1, counts[SkipReason.BadName]);
        Assert.Equal(2, counts[SkipReason.EmptyFile]);
        Assert.Contains(skips.Items, s => s.Reason == SkipReason.UnknownLabel && s.Message.Contains("XYZ"));
    }

    [Fact]
    public void MissingVideoFolder_Throws()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<DirectoryNotFoundException>(() => CremaDLoader.Load(dir.Path, new SkipLog()));
        Assert.Contains("VideoFlash", e.Message);
    }

    [Fact]
    public void Every_file_in_VideoFlash_and_AudioWAV_is_kept_skipped_or_left_out()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("VideoFlash"));
        Directory.CreateDirectory(dir.Combine("AudioWAV"));
        void Touch(string relative, int bytes = 3) => File.WriteAllBytes(dir.Combine(relative), new byte[bytes]);
        Touch("VideoFlash/1001_DFA_ANG_XX.flv"); Touch("AudioWAV/1001_DFA_ANG_XX.wav"); // one clip, 2 files
        Touch("VideoFlash/1001_DFA_SAD_XX.flv");                                       // one clip, own audio
        Touch("VideoFlash/1001_DFA_BOR_XX.flv"); Touch("AudioWAV/1001_DFA_BOR_XX.wav"); // UnknownLabel, wav with it
        Touch("VideoFlash/1001_DFA_HAP_XX.flv"); Touch("AudioWAV/1001_DFA_HAP_XX.wav", 0); // empty wav: EmptyFile, flv with it
        Touch("AudioWAV/1002_IEO_NEU_LO.wav");                                          // AudioWithoutVideo
        Touch("VideoFlash/1001_DFA_FEA_XX.mp4");                                        // NotCorpusMedia
        Touch("AudioWAV/readme.txt");                                                   // NotCorpusMedia

        var skips = new SkipLog();
        var clips = CremaDLoader.Load(dir.Path, skips);

        Assert.Equal(["1001_DFA_ANG_XX", "1001_DFA_SAD_XX"], clips.Select(c => c.Id));
        Assert.Equal(10, skips.FilesFound);
        Assert.Equal(1, skips.CountsByRule()[LeaveOutRule.AudioWithoutVideo]);
        Assert.Equal(2, skips.CountsByRule()[LeaveOutRule.NotCorpusMedia]);
        var empty = Assert.Single(skips.Items, s => s.Reason == SkipReason.EmptyFile);
        Assert.EndsWith("1001_DFA_HAP_XX.wav", empty.Path);
        Assert.EndsWith("1001_DFA_HAP_XX.flv", Assert.Single(empty.OtherFiles));
        Accounting.AssertEveryFileOnce(clips, skips, Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }
}
