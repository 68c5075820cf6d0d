namespace TcWgan.Data.Tests.Summary;

public sealed class PrepareSummaryTests
{
    private static ClipRecord Clip(string id, Emotion emotion) => new(id, $"/d/{id}.flv", null, emotion, "1001");

    private static PrepareSummary Sample() => PrepareSummary.Create(
        new Dictionary<string, IEnumerable<ClipRecord>>
        {
            ["train"] = [Clip("a", Emotion.Anger), Clip("b", Emotion.Anger), Clip("c", Emotion.Sadness)],
            ["validation"] = [Clip("d", Emotion.Anger)],
            ["test"] = [],
        },
        [
            new SkippedClip("/d/x.flv", SkipReason.NoFaceFound, "no face"),
            new SkippedClip("/d/y.flv", SkipReason.EmptyFile, "0 bytes"),
            new SkippedClip("/d/z.flv", SkipReason.EmptyFile, "0 bytes"),
        ]);

    [Fact]
    public void Counts_clips_by_emotion_and_split_and_skips_by_reason()
    {
        var summary = Sample();
        Assert.Equal(["train", "validation", "test"], summary.Splits);
        Assert.Equal(2, summary.Count(Emotion.Anger, "train"));
        Assert.Equal(1, summary.Count(Emotion.Anger, "validation"));
        Assert.Equal(1, summary.Count(Emotion.Sadness, "TRAIN"));
        Assert.Equal(0, summary.Count(Emotion.Fear, "test"));
        Assert.Equal(3, summary.EmotionTotal(Emotion.Anger));
        Assert.Equal(3, summary.SplitTotal("train"));
        Assert.Equal(4, summary.Total);
        Assert.Equal(3, summary.SkippedTotal);
        Assert.Equal(2, summary.Skipped[SkipReason.EmptyFile]);
        Assert.Equal(1, summary.Skipped[SkipReason.NoFaceFound]);
        Assert.False(summary.Skipped.ContainsKey(SkipReason.Truncated));
        Assert.Throws<ArgumentException>(() => summary.Count(Emotion.Anger, "dev"));
    }

    [Fact]
    public void ToString_renders_an_aligned_table_with_totals_and_reasons()
    {
        string expected = string.Join(Environment.NewLine,
            "emotion    train  validation  test  total",
            "anger          2           1     0      3",
            "disgust        0           0     0      0",
            "fear           0           0     0      0",
            "happiness      0           0     0      0",
            "neutral        0           0     0      0",
            "sadness        1           0     0      1",
            "total          3           1     0      4",
            "",
            "skipped: 3",
            "  EmptyFile    2",
            "  NoFaceFound  1",
            "");
        Assert.Equal(expected, Sample().ToString());
    }

    [Fact]
    public void Prepared_clips_count_as_one_split()
    {
        var clip = new PreparedClip(Clip("a", Emotion.Happiness), [], new float[1], []);
        var summary = PrepareSummary.Create([clip, clip with { Clip = Clip("b", Emotion.Fear) }], []);
        Assert.Equal(["all"], summary.Splits);
        Assert.Equal(1, summary.Count(Emotion.Happiness, "all"));
        Assert.Equal(2, summary.Total);
        Assert.Equal(0, summary.SkippedTotal);
        Assert.EndsWith("skipped: 0" + Environment.NewLine, summary.ToString());
    }

    [Fact]
    public void Speaker_splits_become_train_validation_test_columns()
    {
        var splits = new TcWgan.Media.ClipSplits(
            [Clip("a", Emotion.Fear)], [Clip("b", Emotion.Fear), Clip("c", Emotion.Neutral)], [Clip("d", Emotion.Disgust)],
            [Clip("e", Emotion.Anger)]);
        var summary = PrepareSummary.FromSplits(splits, [new SkippedClip("/d/q.flv", SkipReason.Truncated, "cut")]);
        Assert.Equal(["train", "validation", "test"], summary.Splits);
        Assert.Equal(1, summary.Count(Emotion.Fear, "train"));
        Assert.Equal(2, summary.SplitTotal("validation"));
        Assert.Equal(1, summary.Count(Emotion.Disgust, "test"));
        Assert.Equal(4, summary.Total); // excluded clips are not counted
        Assert.Equal(1, summary.Skipped[SkipReason.Truncated]);
    }

    [Fact]
    public void The_file_account_lists_reasons_and_rules_and_flags_counts_that_do_not_add_up()
    {
        var log = new SkipLog();
        log.CountFound(7);
        log.Add(new SkippedClip("/d/b.wav", SkipReason.Silent, "silence") { OtherFiles = ["/d/b.mp4"] });
        log.LeaveOut("/d/c.wav", LeaveOutRule.AudioWithoutVideo, "no video");
        log.LeaveOut("/d/d.mp4", LeaveOutRule.RavdessCalm, "calm");
        var clip = new PreparedClip(new ClipRecord("a", "/d/a.mp4", "/d/a.wav", Emotion.Anger, "01"), [], new float[1], []) { DecodeErrors = 3 };
        var account = FileAccount.Create(log, [clip]);
        Assert.Equal((7, 1, 2, 2, 2, 1), (account.Found, account.PreparedClips, account.PreparedFiles, account.Skipped, account.LeftOut, account.Unaccounted));
        string expected = string.Join(Environment.NewLine,
            "files found            7",
            "  prepared             2  (1 clips)",
            "  skipped              2",
            "    Silent             2",
            "  left out             2",
            "    RavdessCalm        1",
            "    AudioWithoutVideo  1",
            "  unaccounted          1  (the counts do not add up: please report this)",
            "",
            "prepared with decode warnings: 1",
            "  /d/a.mp4: 3 ffmpeg errors",
            "");
        Assert.Equal(expected, account.ToString());
        var summary = PrepareSummary.Create([clip], log.Items) with { Files = account };
        Assert.EndsWith(expected, summary.ToString());
    }
}
