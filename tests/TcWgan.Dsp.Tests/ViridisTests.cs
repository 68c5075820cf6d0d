namespace TcWgan.Dsp.Tests;

public sealed class ViridisTests
{
    [Fact]
    public void EndsAreTheViridisEndColours()
    {
        Assert.Equal((0x44 / 255f, 0x01 / 255f, 0x54 / 255f), Viridis.Map(0));
        Assert.Equal((0xFD / 255f, 0xE7 / 255f, 0x25 / 255f), Viridis.Map(1));
        Assert.Equal(Viridis.Map(0), Viridis.Map(-3));           // clamped
        Assert.Equal((0x21 / 255f, 0x90 / 255f, 0x8C / 255f), Viridis.Map(0.5));
    }

    [Fact]
    public void LuminanceRisesMonotonically()
    {
        double previous = -1;
        for (int i = 0; i <= 200; i++)
        {
            var (r, g, b) = Viridis.Map(i / 200.0);
            double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            Assert.True(luminance > previous, $"luminance falls at {i / 200.0}");
            previous = luminance;
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.77)]
    [InlineData(1.0)]
    public void InverseRecoversTheLevel(double t)
    {
        var (r, g, b) = Viridis.Map(t);
        Assert.Equal(t, Viridis.Inverse(r, g, b), 1e-3);
    }
}
