namespace TcWgan.Media.Tests;

public sealed class ContainerSnifferTests
{
    [Fact]
    public void RealFilesLookLikeMedia()
    {
        foreach (string path in RealClips.Videos.Append(RealClips.CremaAngerWav))
            Assert.True(ContainerSniffer.LooksLikeMedia(path), path);
    }

    [Theory]
    [InlineData("This is text")]
    [InlineData("{\"json\": 1}")]
    [InlineData("")]
    public void TextDoesNot(string text) =>
        Assert.False(ContainerSniffer.LooksLikeMedia(System.Text.Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void TruncatedMp4ClassifiesAsTruncated_TextAsWrongContainer()
    {
        const string stderr = "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x1] moov atom not found\nx.mp4: Invalid data found when processing input";
        Assert.Equal(SkipReason.Truncated, FfmpegErrors.Classify(stderr, RealClips.RavdessMp4));
        using var dir = new TcWgan.TestSupport.TempDir();
        File.WriteAllText(dir.Combine("x.mp4"), "hello");
        Assert.Equal(SkipReason.WrongContainer, FfmpegErrors.Classify(stderr, dir.Combine("x.mp4")));
        Assert.Equal(SkipReason.NoAudioStream,
            FfmpegErrors.Classify("Stream map '0:a:0' matches no streams.", SkipReason.NoAudioStream));
    }
}
