namespace TcWgan.Core.Tests;

public sealed class SkipLogTests
{
    [Fact]
    public void Counts_skips_by_reason_left_out_files_by_rule_and_files_found()
    {
        var log = new SkipLog();
        var skipped = new List<SkippedClip>();
        var leftOut = new List<LeftOutFile>();
        log.Skipped += skipped.Add;
        log.LeftOut += leftOut.Add;

        log.CountFound(5);
        log.CountFound(2);
        log.Add("/c/a.mp4", SkipReason.Silent, "no speech");
        log.Add(new SkippedClip("/c/b.wav", SkipReason.Silent, "no speech") { OtherFiles = ["/c/b.mp4"] });
        log.LeaveOut("/c/calm.mp4", LeaveOutRule.RavdessCalm, "calm");
        log.LeaveOut("/c/x.wav", LeaveOutRule.AudioWithoutVideo, "no video");
        log.LeaveOut("/c/y.wav", LeaveOutRule.AudioWithoutVideo, "no video");

        Assert.Equal(7, log.FilesFound);
        Assert.Equal(2, log.CountsByReason()[SkipReason.Silent]);
        Assert.Equal(3, log.Items.Sum(s => s.FileCount));
        Assert.Equal(1, log.CountsByRule()[LeaveOutRule.RavdessCalm]);
        Assert.Equal(2, log.CountsByRule()[LeaveOutRule.AudioWithoutVideo]);
        Assert.Equal(2, skipped.Count);
        Assert.Equal(3, leftOut.Count);
        Assert.Equal("/c/x.wav: AudioWithoutVideo: no video", leftOut[1].ToString());
    }

    [Fact]
    public void A_clip_exception_names_the_clips_other_files()
    {
        var clip = new ClipRecord("1001_DFA_ANG_XX", "/c/v.flv", "/c/a.wav", Emotion.Anger, "1001");
        var e = new ClipException("/c/a.wav", SkipReason.Silent, "the audio is digital silence");
        var skip = e.ToSkipped(clip);
        Assert.Equal(("/c/a.wav", SkipReason.Silent, "the audio is digital silence"), (skip.Path, skip.Reason, skip.Message));
        Assert.Equal(["/c/v.flv"], skip.OtherFiles);
        Assert.Equal(2, skip.FileCount);
        Assert.Equal(["/c/v.flv", "/c/a.wav"], clip.Files);
        Assert.Equal(["/c/v.flv"], (clip with { AudioPath = null }).Files);
    }
}
