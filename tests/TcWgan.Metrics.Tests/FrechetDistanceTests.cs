using MathNet.Numerics.Distributions;

namespace TcWgan.Metrics.Tests;

public class FrechetDistanceTests
{
    private static double[][] Gaussian(int n, double[] mean, double[] sd, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n)
            .Select(_ => mean.Select((m, j) => Normal.Sample(rng, m, sd[j])).ToArray())
            .ToArray();
    }

    // Closed form for diagonal covariances: ‖Δμ‖² + Σ_j (√v1j − √v2j)².
    private static double DiagonalClosedForm(double[] mu1, double[] var1, double[] mu2, double[] var2) =>
        mu1.Select((m, j) => (m - mu2[j]) * (m - mu2[j])).Sum() +
        var1.Select((v, j) => Math.Pow(Math.Sqrt(v) - Math.Sqrt(var2[j]), 2)).Sum();

    // 2d points μ ± a_j·e_j: sample mean exactly μ, unbiased covariance exactly diag(2a_j² / (2d − 1)).
    private static double[][] AxisPairs(double[] mu, double[] a, double angle = 0)
    {
        int d = mu.Length;
        var points = new List<double[]>();
        for (int j = 0; j < d; j++)
            foreach (int sign in new[] { 1, -1 })
            {
                var offset = new double[d];
                offset[j] = sign * a[j];
                if (d == 2 && angle != 0)
                    offset = [Math.Cos(angle) * offset[0] - Math.Sin(angle) * offset[1],
                              Math.Sin(angle) * offset[0] + Math.Cos(angle) * offset[1]];
                points.Add(mu.Select((m, k) => m + offset[k]).ToArray());
            }
        return points.ToArray();
    }

    [Fact]
    public void IdenticalSetsGiveZero()
    {
        var x = Gaussian(300, new double[16], Enumerable.Range(1, 16).Select(i => i / 4.0).ToArray(), 7);
        var copy = x.Select(r => (double[])r.Clone()).ToArray();
        double trace = Enumerable.Range(1, 16).Sum(i => i * i / 16.0);
        Assert.InRange(FrechetDistance.Compute(x, copy), 0, 1e-6 * 2 * trace);
        Assert.InRange(Fid.Compute(x, copy), 0, 1e-6 * 2 * trace);
    }

    [Fact]
    public void SampledDiagonalGaussiansMatchTheClosedForm()
    {
        double[] mu1 = [0, 0, 0, 0], sd1 = [1, Math.Sqrt(2), Math.Sqrt(3), 2];
        double[] mu2 = [1, 2, 0, -1], sd2 = [2, 1, Math.Sqrt(3), Math.Sqrt(0.5)];
        double expected = DiagonalClosedForm(mu1, sd1.Select(s => s * s).ToArray(), mu2, sd2.Select(s => s * s).ToArray());
        double actual = FrechetDistance.Compute(Gaussian(40000, mu1, sd1, 1), Gaussian(40000, mu2, sd2, 2));
        Assert.InRange(actual, expected * 0.97, expected * 1.03);
    }

    [Fact]
    public void ExactMomentsDiagonalMatchTheClosedFormTightly()
    {
        double[] mu1 = [0.5, -1, 2], a1 = [1, 2, 0.5];
        double[] mu2 = [1.5, 0, -1], a2 = [3, 0.25, 0.5];
        double[] var1 = a1.Select(v => 2 * v * v / 5).ToArray(), var2 = a2.Select(v => 2 * v * v / 5).ToArray();
        double expected = DiagonalClosedForm(mu1, var1, mu2, var2);
        Assert.Equal(expected, FrechetDistance.Compute(AxisPairs(mu1, a1), AxisPairs(mu2, a2)), 9);
    }

    [Fact]
    public void ExactMomentsWithNonCommutingCovariancesMatchTheTwoByTwoClosedForm()
    {
        // Set 2 is set 1's construction rotated by 30°, so Σ1Σ2 ≠ Σ2Σ1. For 2×2 matrices the eigenvalues λ1, λ2 of
        // Σ1Σ2 are real and non-negative with λ1 + λ2 = tr(Σ1Σ2) and λ1λ2 = det Σ1 · det Σ2, hence
        // Tr (Σ1Σ2)^½ = √λ1 + √λ2 = √(tr(Σ1Σ2) + 2√(det Σ1 det Σ2)).
        double[] mu1 = [0, 1], a1 = [1, 3];
        double[] mu2 = [2, -1], a2 = [2, 0.5];
        double angle = Math.PI / 6;
        double[,] s1 = { { 2 * a1[0] * a1[0] / 3, 0 }, { 0, 2 * a1[1] * a1[1] / 3 } };
        double l0 = 2 * a2[0] * a2[0] / 3, l1 = 2 * a2[1] * a2[1] / 3, c = Math.Cos(angle), s = Math.Sin(angle);
        double[,] s2 = { { c * c * l0 + s * s * l1, c * s * (l0 - l1) }, { c * s * (l0 - l1), s * s * l0 + c * c * l1 } };
        double trProduct = s1[0, 0] * s2[0, 0] + s1[0, 1] * s2[1, 0] + s1[1, 0] * s2[0, 1] + s1[1, 1] * s2[1, 1];
        double det1 = s1[0, 0] * s1[1, 1] - s1[0, 1] * s1[1, 0];
        double det2 = s2[0, 0] * s2[1, 1] - s2[0, 1] * s2[1, 0];
        double traceSqrt = Math.Sqrt(trProduct + 2 * Math.Sqrt(det1 * det2));
        double meanTerm = Math.Pow(mu1[0] - mu2[0], 2) + Math.Pow(mu1[1] - mu2[1], 2);
        double expected = meanTerm + s1[0, 0] + s1[1, 1] + s2[0, 0] + s2[1, 1] - 2 * traceSqrt;

        double actual = FrechetDistance.Compute(AxisPairs(mu1, a1), AxisPairs(mu2, a2, angle));
        Assert.Equal(expected, actual, 9);
        Assert.Equal(actual, FrechetDistance.Compute(AxisPairs(mu2, a2, angle), AxisPairs(mu1, a1)), 9);
    }

    [Fact]
    public void ATranslatedSetCostsTheSquaredShift()
    {
        var x = Gaussian(200, new double[8], Enumerable.Repeat(1.0, 8).ToArray(), 4);
        double[] shift = [1, -2, 0.5, 0, 0, 3, 0, -1];
        var y = x.Select(r => r.Select((v, j) => v + shift[j]).ToArray()).ToArray();
        Assert.Equal(shift.Sum(v => v * v), FrechetDistance.Compute(x, y), 6);
    }

    [Fact]
    public void MomentsAreTheSampleMeanAndUnbiasedCovariance()
    {
        double[][] x = [[1, 2], [3, 6], [5, 4]];
        var m = GaussianMoments.From(x);
        Assert.Equal(3, m.Mean[0], 12);
        Assert.Equal(4, m.Mean[1], 12);
        // deviations (−2, −2), (0, 2), (2, 0): Σ = [[8, 4], [4, 8]] / 2
        Assert.Equal(4, m.Covariance[0, 0], 12);
        Assert.Equal(2, m.Covariance[0, 1], 12);
        Assert.Equal(2, m.Covariance[1, 0], 12);
        Assert.Equal(4, m.Covariance[1, 1], 12);
        Assert.Equal(3, m.Count);
    }

    [Fact]
    public void BadFeatureSetsAreRejectedWithAReason()
    {
        double[][] two = [[1, 2], [3, 4]];
        Assert.Contains("at least 2", Assert.Throws<ArgumentException>(() => FrechetDistance.Compute([[1.0, 2.0]], two)).Message);
        Assert.Contains("expected 2", Assert.Throws<ArgumentException>(() => FrechetDistance.Compute(two, [[1.0, 2.0], [1.0]])).Message);
        Assert.Contains("disagree", Assert.Throws<ArgumentException>(() => FrechetDistance.Compute(two, [[1.0, 2.0, 3.0], [1.0, 2.0, 4.0]])).Message);
        Assert.Contains("non-finite", Assert.Throws<ArgumentException>(() => FrechetDistance.Compute(two, [[1.0, double.NaN], [1.0, 2.0]])).Message);
    }
}
