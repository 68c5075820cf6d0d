namespace TcWgan.Metrics.Tests;

public class SsimTests
{
    private const double C1 = 0.01 * 2 * (0.01 * 2); // (K1·L)², L = 2
    private const double C2 = 0.03 * 2 * (0.03 * 2); // (K2·L)², L = 2

    private static float[] Random(int length, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
    }

    private static float[] Constant(int length, float value) => Enumerable.Repeat(value, length).ToArray();

    [Fact]
    public void IdenticalSpectrogramsScoreOne()
    {
        var x = Random(Shapes.SpectrogramLength, 1);
        double s = Ssim.Compute(x, (float[])x.Clone(), 3, Shapes.MelBands, Shapes.SpecFrames, 2.0);
        Assert.Equal(1.0, s, 12);
    }

    [Theory]
    [InlineData(11, 11, 0.25f, -0.5f)]
    [InlineData(20, 15, 0.9f, 0.1f)]
    [InlineData(11, 11, -1f, 1f)]
    public void ConstantImagesReduceToTheLuminanceTerm(int height, int width, float m1, float m2)
    {
        // σx = σy = σxy = 0, so the contrast-structure factor is C2 / C2 = 1.
        double expected = (2.0 * m1 * m2 + C1) / ((double)m1 * m1 + (double)m2 * m2 + C1);
        double s = Ssim.Compute(Constant(height * width, m1), Constant(height * width, m2), 1, height, width, 2.0);
        Assert.Equal(expected, s, 9);
    }

    [Theory]
    [InlineData(0.6, -0.2)]
    [InlineData(-0.7, 0.3)]
    [InlineData(1.0, 0.25)]
    public void AffineImageOfAPointAntisymmetricPatternMatchesTheClosedForm(double a, double b)
    {
        // x = m + d·s on one 11×11 window, s = +1 before the centre, −1 after it, 0 at it (s is odd under the point
        // reflection through the centre). The Gaussian window is even, so μx = m exactly and
        // σx² = d²·(1 − w_centre), w_centre = g0², g0 = 1 / Σ_k exp(−k²/(2·1.5²)), k = −5 … 5.
        // With y = a·x + b: μy = a·m + b, σy² = a²σx², σxy = a·σx².
        const double m = 0.1, d = 0.4;
        var x = new float[121];
        for (int i = 0; i < 121; i++) x[i] = (float)(m + d * Math.Sign(60 - i));
        var y = x.Select(v => (float)(a * v + b)).ToArray();

        double g0 = 1 / Enumerable.Range(-5, 11).Sum(k => Math.Exp(-k * k / (2 * 1.5 * 1.5)));
        // The images are stored as floats (relative rounding ~1e-7), hence the 1e-6 tolerance below.
        double mx = m, my = a * m + b;
        double vx = d * d * (1 - g0 * g0);
        double expected = (2 * mx * my + C1) * (2 * a * vx + C2) / ((mx * mx + my * my + C1) * (vx + a * a * vx + C2));

        double s = Ssim.Compute(x, y, 1, 11, 11, 2.0);
        Assert.Equal(expected, s, 6);
    }

    [Fact]
    public void ChannelsAreAveraged()
    {
        // Channel 0 identical (1), channel 1 constants 0.2 vs −0.4 (luminance term).
        var a = new float[2 * 121];
        var b = new float[2 * 121];
        var rng = new Random(3);
        for (int i = 0; i < 121; i++) a[i] = b[i] = (float)(rng.NextDouble() * 2 - 1);
        for (int i = 121; i < 242; i++) { a[i] = 0.2f; b[i] = -0.4f; }
        double lum = (2.0 * 0.2f * -0.4f + C1) / ((double)0.2f * 0.2f + (double)-0.4f * -0.4f + C1);
        Assert.Equal((1 + lum) / 2, Ssim.Compute(a, b, 2, 11, 11, 2.0), 9);
    }

    [Fact]
    public void BatchMeanAveragesPairsAndFlatMatchesList()
    {
        int n = 3 * 16 * 20;
        var a = new[] { Random(n, 10), Random(n, 11) };
        var b = new[] { Random(n, 12), a[1] };
        double first = Ssim.Compute(a[0], b[0], 3, 16, 20, 2.0);
        double expected = (first + 1.0) / 2;
        Assert.InRange(first, -0.5, 0.5); // independent noise images are far from similar
        Assert.Equal(expected, Ssim.Mean(a, b, 3, 16, 20, 2.0), 12);
        Assert.Equal(expected, Ssim.Mean(a.SelectMany(v => v).ToArray(), b.SelectMany(v => v).ToArray(), 2, 3, 16, 20, 2.0), 12);
    }

    [Fact]
    public void IsSymmetricAndBelowOneForDifferentImages()
    {
        var a = Random(3 * 28 * 112, 5);
        var b = a.Select((v, i) => Math.Clamp(v + (i % 7 == 0 ? 0.3f : 0f), -1f, 1f)).ToArray();
        double ab = Ssim.Compute(a, b, 3, 28, 112, 2.0), ba = Ssim.Compute(b, a, 3, 28, 112, 2.0);
        Assert.Equal(ab, ba, 12);
        Assert.InRange(ab, 0.3, 0.999);
    }

    [Fact]
    public void DataRangeScalesTheConstants()
    {
        // Constant images: only C1 depends on the range; a larger range pulls the score towards 1.
        var a = Constant(121, 0.2f);
        var b = Constant(121, 0.4f);
        double narrow = Ssim.Compute(a, b, 1, 11, 11, 1.0), wide = Ssim.Compute(a, b, 1, 11, 11, 255.0);
        double c1Wide = (0.01 * 255) * (0.01 * 255);
        Assert.Equal((2.0 * 0.2f * 0.4f + c1Wide) / ((double)0.2f * 0.2f + (double)0.4f * 0.4f + c1Wide), wide, 9);
        Assert.True(wide > narrow);
    }

    [Fact]
    public void BadInputIsRejectedWithAReason()
    {
        var small = new float[10 * 30];
        var ex = Assert.Throws<ArgumentException>(() => Ssim.Compute(small, small, 1, 10, 30, 2.0));
        Assert.Contains("at least", ex.Message);
        Assert.Throws<ArgumentException>(() => Ssim.Compute(new float[121], new float[120], 1, 11, 11, 2.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ssim.Compute(new float[121], new float[121], 1, 11, 11, 0));
        var nan = new float[121];
        nan[7] = float.NaN;
        Assert.Contains("non-finite", Assert.Throws<ArgumentException>(() => Ssim.Compute(nan, new float[121], 1, 11, 11, 2.0)).Message);
        Assert.Throws<ArgumentException>(() => Ssim.Mean(new[] { new float[121] }, Array.Empty<float[]>(), 1, 11, 11, 2.0));
    }

    [Fact]
    public void OptionsValidateListsEveryProblem()
    {
        Assert.Empty(SsimOptions.Default.Validate());
        var bad = new SsimOptions { WindowSize = 10, Sigma = 0, K1 = -1, K2 = double.NaN };
        Assert.Equal(4, bad.Validate().Count);
        Assert.Throws<ArgumentException>(() => Ssim.Compute(new float[121], new float[121], 1, 11, 11, 2.0, bad));
    }
}
