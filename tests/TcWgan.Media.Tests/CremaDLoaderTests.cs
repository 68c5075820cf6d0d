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
            Assert.True(Path.IsPathFullyQualified(c.VideoPath));
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
}
