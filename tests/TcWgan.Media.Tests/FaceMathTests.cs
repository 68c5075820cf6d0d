namespace TcWgan.Media.Tests;

public sealed class FaceMathTests
{
    private static RgbFrame Frame(int width, int height, Func<int, int, (byte R, byte G, byte B)> colour)
    {
        var pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                var (r, g, b) = colour(x, y);
                int i = 3 * (y * width + x);
                (pixels[i], pixels[i + 1], pixels[i + 2]) = (r, g, b);
            }
        return new RgbFrame(width, height, pixels);
    }

    [Fact]
    public void CropToFace_IsChwInZeroOne_WithAreaAveraging()
    {
        // 56x56: R = 255 everywhere, G = 255 on the left half, B = 0. Whole-frame box → exact 2x2 area averages.
        var frame = Frame(56, 56, (x, _) => (255, x < 28 ? (byte)255 : (byte)0, 0));
        var chw = FaceExtractor.CropToFace(frame, new RelativeBox(0, 0, 1, 1));
        Assert.Equal(Shapes.FrameLength, chw.Length);
        for (int y = 0; y < 28; y++)
            for (int x = 0; x < 28; x++)
            {
                Assert.Equal(1f, chw[0 * 784 + y * 28 + x]);
                Assert.Equal(x < 14 ? 1f : 0f, chw[1 * 784 + y * 28 + x]);
                Assert.Equal(0f, chw[2 * 784 + y * 28 + x]);
            }
    }

    [Fact]
    public void CropToFace_TakesOnlyTheBox()
    {
        // Top-left quadrant blue (0, 0, 255) with value 51 in red; elsewhere white. Box = that quadrant.
        var frame = Frame(112, 84, (x, y) => x < 56 && y < 42 ? ((byte)51, (byte)0, (byte)255) : ((byte)255, (byte)255, (byte)255));
        var chw = FaceExtractor.CropToFace(frame, new RelativeBox(0, 0, 0.5, 0.5));
        Assert.All(chw[..784], v => Assert.Equal(0.2f, v, 1e-6f));
        Assert.All(chw[784..1568], v => Assert.Equal(0f, v));
        Assert.All(chw[1568..], v => Assert.Equal(1f, v));
    }

    [Fact]
    public void Windows_55Frames_Give10WindowsSlidingBy5()
    {
        var frames = Enumerable.Range(0, 55).Select(i => Enumerable.Repeat((float)i, Shapes.FrameLength).ToArray()).ToArray();
        var windows = FaceExtractor.Windows(frames, 10, 5);
        Assert.Equal(10, windows.Length);
        for (int w = 0; w < windows.Length; w++)
        {
            Assert.Equal(Shapes.WindowLength, windows[w].Length);
            for (int f = 0; f < 10; f++)
            {
                Assert.Equal(w * 5 + f, windows[w][f * Shapes.FrameLength]);
                Assert.Equal(w * 5 + f, windows[w][(f + 1) * Shapes.FrameLength - 1]);
            }
        }
    }

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 1)]
    [InlineData(14, 1)]
    [InlineData(15, 2)]
    [InlineData(20, 3)]
    public void Windows_Count(int frames, int expected)
    {
        var list = Enumerable.Range(0, frames).Select(_ => new float[3]).ToArray();
        Assert.Equal(expected, FaceExtractor.Windows(list).Length);
    }

    [Fact]
    public void BoxTrack_FramesBetweenDetectionsAreInterpolated_OutsideTheyTakeTheNearest()
    {
        var a = new RelativeBox(0.1, 0.1, 0.3, 0.3);
        var b = new RelativeBox(0.5, 0.5, 0.4, 0.4);
        var boxes = BoxTrack.Assign(14, [(2, a), (7, null), (12, b)], medianWindow: 1)!;
        Assert.All(boxes[..3], x => Assert.Equal(a, x));  // before the first face: the first box
        Assert.All(boxes[12..], x => Assert.Equal(b, x)); // after the last: the last box
        var middle = boxes[7];                            // halfway from frame 2 to 12 (frame 7 had no face)
        Assert.Equal(0.3, middle.X, 12);
        Assert.Equal(0.3, middle.Y, 12);
        Assert.Equal(0.35, middle.Width, 12);
        Assert.Equal(0.35, middle.Height, 12);
        Assert.Equal(0.1 + 0.4 * 0.1, boxes[3].X, 12);
    }

    [Fact]
    public void BoxTrack_MedianRemovesASingleOutlier()
    {
        var good = new RelativeBox(0.3, 0.2, 0.3, 0.4);
        var outlier = new RelativeBox(0.0, 0.0, 0.1, 0.1);
        var boxes = BoxTrack.Assign(5, [(0, good), (1, good), (2, outlier), (3, good), (4, good)], medianWindow: 3)!;
        Assert.All(boxes, x => Assert.Equal(good, x));
    }

    [Fact]
    public void BoxTrack_NoFaceAnywhere_IsNull() =>
        Assert.Null(BoxTrack.Assign(10, [(0, null), (5, null), (9, null)], 3));

    [Fact]
    public void BoxTrack_SamplesEveryKthAndTheLast() =>
        Assert.Equal([0, 5, 10, 12], BoxTrack.SampleIndices(13, 5));

    [Fact]
    public void Median_OddAndEven()
    {
        Assert.Equal(2.0, BoxTrack.Median([3, 1, 2]));
        Assert.Equal(2.5, BoxTrack.Median([4, 1, 3, 2]));
    }

    [Fact]
    public void CentredLocator_IsASquareInPixels()
    {
        var box = new CentredBoxLocator(0.5).Locate(new RgbFrame(200, 100, new byte[200 * 100 * 3]))!.Value;
        Assert.Equal(new RelativeBox(0.375, 0.25, 0.25, 0.5), box);
    }

    [Fact]
    public void FixedLocator_ReturnsItsBox_AndRejectsBoxesOutsideTheFrame()
    {
        var box = new RelativeBox(0.2, 0.1, 0.5, 0.6);
        Assert.Equal(box, new FixedBoxLocator(box).Locate(new RgbFrame(4, 4, new byte[48])));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedBoxLocator(new RelativeBox(0.8, 0, 0.5, 0.5)));
    }

    [Fact]
    public void RelativeBox_ScaleClipsToTheFrame_AndPixelsStayInside()
    {
        var scaled = new RelativeBox(0.0, 0.4, 0.2, 0.2).Scale(2);
        Assert.Equal(0, scaled.X, 1e-12);
        Assert.Equal(0.3, scaled.Y, 1e-12);
        Assert.Equal(0.3, scaled.Width, 1e-12); // 0.4 wide about x = 0.1, clipped at 0
        Assert.Equal(0.4, scaled.Height, 1e-12);
        Assert.Equal((0, 30, 30, 40), scaled.ToPixels(100, 100));
        Assert.Equal((99, 99, 1, 1), new RelativeBox(0.999, 0.999, 0.0001, 0.0001).ToPixels(100, 100));
    }

    [Fact]
    public void HaarLocator_MissingCascade_NamesTheDebianPackage()
    {
        var e = Assert.Throws<FileNotFoundException>(() => new HaarCascadeLocator("/nonexistent/haarcascade.xml"));
        Assert.Contains("opencv-data", e.Message);
        Assert.Contains("/nonexistent/haarcascade.xml", e.Message);
    }

    [Fact]
    public void FaceOptions_Validate_ListsEveryProblemAtOnce()
    {
        var errors = new FaceOptions
        {
            MinFrames = 5, KeepMiddleFrames = 3, DetectEvery = 0, MedianWindow = 2, Locator = FaceLocatorKind.Fixed,
        }.Validate();
        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.Contains("MinFrames"));
        Assert.Contains(errors, e => e.Contains("KeepMiddleFrames"));
        Assert.Contains(errors, e => e.Contains("DetectEvery"));
        Assert.Contains(errors, e => e.Contains("MedianWindow"));
        Assert.Contains(errors, e => e.Contains("FixedBox"));
        Assert.Empty(new FaceOptions().Validate());
    }

    [Fact]
    public void FaceLocators_CreateTheNamedKind()
    {
        Assert.IsType<CentredBoxLocator>(FaceLocators.Create(new FaceOptions { Locator = FaceLocatorKind.Centred }));
        Assert.IsType<FixedBoxLocator>(FaceLocators.Create(new FaceOptions
        {
            Locator = FaceLocatorKind.Fixed, FixedBox = new RelativeBox(0, 0, 1, 1),
        }));
        var haar = FaceLocators.Create(new FaceOptions());
        Assert.IsType<HaarCascadeLocator>(haar);
        ((IDisposable)haar).Dispose();
    }
}
