namespace TcWgan.Media.Tests;

[Collection(GeneratedMediaCollection.Name)]
public sealed class BadInputTests(GeneratedMedia media)
{
    private static ClipException Fails(Action action, string path, SkipReason reason)
    {
        var e = Assert.Throws<ClipException>(action);
        Assert.Equal(reason, e.Reason);
        Assert.Equal(path, e.Path);
        Assert.StartsWith(path, e.Message);
        return e;
    }

    [Fact]
    public void ZeroByteFile_EmptyFile()
    {
        Fails(() => MediaProbe.Probe(media.EmptyMp4), media.EmptyMp4, SkipReason.EmptyFile);
        Fails(() => AudioDecoder.DecodeMono16k(media.EmptyMp4), media.EmptyMp4, SkipReason.EmptyFile);
    }

    [Fact]
    public void MissingFileOrFolder_Unreadable()
    {
        Fails(() => MediaProbe.Probe(media.Missing), media.Missing, SkipReason.Unreadable);
        Fails(() => AudioDecoder.DecodeMono16k(media.Folder), media.Folder, SkipReason.Unreadable);
    }

    [Fact]
    public void TextFileRenamedMp4_WrongContainer_WithFfprobeStderr()
    {
        var e = Fails(() => MediaProbe.Probe(media.TextAsMp4), media.TextAsMp4, SkipReason.WrongContainer);
        Assert.Contains("Invalid data found", e.Message);
        Fails(() => AudioDecoder.DecodeMono16k(media.TextAsMp4), media.TextAsMp4, SkipReason.WrongContainer);
    }

    [Fact]
    public void TruncatedMp4_Truncated()
    {
        var e = Fails(() => MediaProbe.Probe(media.TruncatedMp4), media.TruncatedMp4, SkipReason.Truncated);
        Assert.Contains("moov atom not found", e.Message);
        Fails(() => AudioDecoder.DecodeMono16k(media.TruncatedMp4), media.TruncatedMp4, SkipReason.Truncated);
    }

    [Fact]
    public void AudioOnlyFile_NoVideoStream()
    {
        var extractor = new FaceExtractor(new FaceOptions(), new CentredBoxLocator(0.5));
        Fails(() => extractor.ExtractFrames(media.ToneWav), media.ToneWav, SkipReason.NoVideoStream);
    }

    [Fact]
    public void VideoOnlyFile_NoAudioStream_WithFfmpegStderr()
    {
        var e = Fails(() => AudioDecoder.DecodeMono16k(media.VideoOnlyMp4), media.VideoOnlyMp4, SkipReason.NoAudioStream);
        Assert.Contains("matches no streams", e.Message);
    }

    [Fact]
    public void ToSkipped_KeepsPathReasonAndMessage()
    {
        var e = Assert.Throws<ClipException>(() => MediaProbe.Probe(media.EmptyMp4));
        var skipped = e.ToSkipped();
        Assert.Equal((media.EmptyMp4, SkipReason.EmptyFile), (skipped.Path, skipped.Reason));
        Assert.Contains("0 bytes", skipped.Message);
    }
}
