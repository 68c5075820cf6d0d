namespace TcWgan.Data.Tests.Summary;

public sealed class FileAccountTests
{
    [Fact]
    public void The_file_account_lists_reasons_and_rules_and_flags_counts_that_do_not_add_up()
    {
        var log = new SkipLog();
        log.CountFound(7);
        log.Add(new SkippedClip("/d/b.wav", SkipReason.Silent, "silence") { OtherFiles = ["/d/b.mp4"] });
        log.LeaveOut("/d/c.wav", LeaveOutRule.AudioWithoutVideo, "no video");
        log.LeaveOut("/d/d.mp4", LeaveOutRule.RavdessCalm, "calm");
        var clip = new PreparedClip(new ClipRecord("a", "/d/a.mp4", "/d/a.wav", Emotion.Anger, "01"), [], new float[1], VariantRecipe.None) { DecodeErrors = 3 };
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
    }
}
