namespace TcWgan.Media.Tests;

[Collection(GeneratedMediaCollection.Name)]
public sealed class FaceExtractorTests(GeneratedMedia media)
{
    public static TheoryData<string> RealVideos => new(RealClips.Videos);

    [Theory]
    [MemberData(nameof(RealVideos))]
    public void Haar_FindsAPlausibleFaceInEveryRealClip(string video)
    {
        using var haar = new HaarCascadeLocator();
        var result = new FaceExtractor(new FaceOptions(), haar).Extract(video);

        Assert.Equal(55, result.Frames.Length);
        Assert.All(result.Frames, f => Assert.Equal(Shapes.FrameLength, f.Length));
        Assert.All(result.Frames, f => Assert.All(f, v => Assert.InRange(v, 0f, 1f)));
        Assert.True(result.FramesWithFace >= result.SampledFrames / 2,
            $"face on only {result.FramesWithFace}/{result.SampledFrames} sampled frames");
        foreach (var box in result.Boxes)
        {
            Assert.InRange(box.Height, 0.15, 0.70);
            Assert.InRange(box.CentreX, 0.30, 0.70);
            Assert.InRange(box.CentreY, 0.20, 0.65);
        }
        Assert.Equal(10, FaceExtractor.Windows(result.Frames).Length);
    }

    [Fact]
    public void Haar_PlainColourClip_NoFaceFound()
    {
        using var haar = new HaarCascadeLocator();
        var e = Assert.Throws<ClipException>(() => new FaceExtractor(new FaceOptions(), haar).ExtractFrames(media.PlainColourMp4));
        Assert.Equal(SkipReason.NoFaceFound, e.Reason);
        Assert.Equal(media.PlainColourMp4, e.Path);
    }

    [Fact]
    public void ShortClip_TooFewFrames()
    {
        var extractor = new FaceExtractor(new FaceOptions(), new CentredBoxLocator(0.5));
        var e = Assert.Throws<ClipException>(() => extractor.ExtractFrames(media.ShortMp4));
        Assert.Equal(SkipReason.TooFewFrames, e.Reason);
        Assert.Contains("10 video frames", e.Message);
    }

    [Fact]
    public void DecodeMiddle_ReturnsExactlyTheMiddleFrames()
    {
        // Frame N has luma 2N; 100 frames, keep 55 → frames 22..76.
        var all = VideoFrameDecoder.DecodeMiddle(media.CounterMp4, keepMiddleFrames: 1000, maxWidth: 64);
        Assert.Equal(100, all.Count);
        var middle = VideoFrameDecoder.DecodeMiddle(media.CounterMp4, keepMiddleFrames: 55, maxWidth: 64);
        Assert.Equal(55, middle.Count);
        for (int i = 0; i < middle.Count; i++)
            Assert.Equal(all[22 + i].Pixels[0], middle[i].Pixels[0]);
        Assert.True(all[22].Pixels[0] < all[23].Pixels[0], "frame index must be readable from the pixels");
    }

    [Fact]
    public void DecodeMiddle_ScalesInsideFfmpegToTheAnalysisWidth()
    {
        var frames = VideoFrameDecoder.DecodeMiddle(RealClips.RavdessMp4, keepMiddleFrames: 5, maxWidth: 240);
        Assert.Equal(5, frames.Count);
        Assert.All(frames, f => Assert.Equal((240, 135, 240 * 135 * 3), (f.Width, f.Height, f.Pixels.Length)));
    }

    [Fact]
    public void CentredLocator_OnGeneratedClip_GivesCentredSquareCrops()
    {
        var result = new FaceExtractor(new FaceOptions { KeepMiddleFrames = 30 }, new CentredBoxLocator(0.5)).Extract(media.AvMp4);
        Assert.Equal(30, result.Frames.Length);
        // 160x120 frame: side 60 px → width 0.375, height 0.5, centred.
        Assert.All(result.Boxes, b => Assert.Equal(new RelativeBox(0.3125, 0.25, 0.375, 0.5), b));
        Assert.Equal(result.SampledFrames, result.FramesWithFace);
    }
}
