using TcWgan.Experiments.Study;

namespace TcWgan.Experiments.Tests;

public class LogMelStatisticsTests
{
    [Fact]
    public void StatisticsOfAKnownImage()
    {
        var image = new float[Shapes.SpectrogramLength];
        // band 3 of the log-mel channel alternates 0 and 1 → mean 0.5, population sd 0.5, min 0, max 1
        for (int t = 0; t < Shapes.SpecFrames; t++) image[3 * Shapes.SpecFrames + t] = t % 2;
        // band 5 of the Δ channel is constant 0.25 → Δ sd 0
        for (int t = 0; t < Shapes.SpecFrames; t++) image[Shapes.MelBands * Shapes.SpecFrames + 5 * Shapes.SpecFrames + t] = 0.25f;
        var f = LogMelStatistics.Of(image);
        Assert.Equal(LogMelStatistics.Length, f.Length);
        Assert.Equal(0.5f, f[3], 6);
        Assert.Equal(0.5f, f[Shapes.MelBands + 3], 6);
        Assert.Equal(0f, f[2 * Shapes.MelBands + 3]);
        Assert.Equal(1f, f[3 * Shapes.MelBands + 3]);
        Assert.Equal(0f, f[4 * Shapes.MelBands + 5], 6);
        Assert.Equal(0f, f[0]);
    }
}
