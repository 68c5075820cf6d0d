namespace TcWgan.Dsp.Tests;

public sealed class DeltasTests
{
    [Fact]
    public void DeltaOfAConstantImageIsExactlyZero()
    {
        var constant = Enumerable.Repeat(-37.5f, 28 * 112).ToArray();
        Assert.All(Deltas.Regression(constant, 28, 112, 2), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void DeltaOfARampIsItsSlopeAwayFromTheEdges()
    {
        // c_t = 3t + row: Σ n·(3(t+n) − 3(t−n)) / (2Σn²) = 3.
        var ramp = new float[2 * 10];
        for (int r = 0; r < 2; r++) for (int t = 0; t < 10; t++) ramp[r * 10 + t] = 3 * t + r;
        var d = Deltas.Regression(ramp, 2, 10, 2);
        for (int r = 0; r < 2; r++) for (int t = 2; t < 8; t++) Assert.Equal(3f, d[r * 10 + t], 1e-5f);
        // Edge t = 0 (replicated c_{-1} = c_{-2} = c_0): (1·(3 − 0) + 2·(6 − 0)) / 10 = 1.5.
        Assert.Equal(1.5f, d[0], 1e-6f);
        Assert.Equal(1.5f, d[9], 1e-6f);
    }

    [Fact]
    public void KnownValuesForASpike()
    {
        // A unit spike at t = 3 of 7 frames, N = 2: d_1 = 2/10, d_2 = 1/10, d_4 = −1/10, d_5 = −2/10.
        var d = Deltas.Regression(new float[] { 0, 0, 0, 1, 0, 0, 0 }, 1, 7, 2);
        Assert.Equal(new[] { 0f, 0.2f, 0.1f, 0f, -0.1f, -0.2f, 0f }, d.Select(v => MathF.Round(v, 6)));
    }

    [Fact]
    public void WrongShapeIsRejected() =>
        Assert.Throws<ArgumentException>(() => Deltas.Regression(new float[5], 2, 3, 2));
}
