namespace TcWgan.Metrics.Tests;

public class ImageResizeTests
{
    [Fact]
    public void UpsamplingUsesHalfPixelCentresAndRepeatsEdges()
    {
        // Width 2 → 4: source positions (o + ½)·½ − ½ = −0.25, 0.25, 0.75, 1.25 → clamped to 0, 0.25, 0.75, 1.
        var output = new float[4];
        ImageResize.Bilinear(new float[] { 0f, 1f }, 1, 1, 2, output, 1, 4, v => v);
        Assert.Equal(new[] { 0f, 0.25f, 0.75f, 1f }, output);
    }

    [Fact]
    public void ResizesEachChannelSeparatelyAndAppliesTheMap()
    {
        // Two channels 2×2; height 2 → 1 and width 2 → 1 average all four pixels; map doubles.
        var output = new float[2];
        ImageResize.Bilinear(new float[] { 1, 2, 3, 4, 10, 20, 30, 40 }, 2, 2, 2, output, 1, 1, v => 2 * v);
        Assert.Equal(new[] { 5f, 50f }, output);
    }

    [Fact]
    public void ConstantImagesStayConstant()
    {
        var output = new float[3 * 224 * 224];
        ImageResize.Bilinear(Enumerable.Repeat(0.3f, 3 * 28 * 112).ToArray(), 3, 28, 112, output, 224, 224, v => v);
        Assert.All(output, v => Assert.Equal(0.3f, v, 6));
    }
}
