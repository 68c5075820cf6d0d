namespace TcWgan.Metrics.Tests;

public class InceptionScoreTests
{
    [Fact]
    public void UniformPosteriorsScoreOne()
    {
        var p = Enumerable.Range(0, 100).Select(_ => Enumerable.Repeat(1.0 / 6, 6).ToArray()).ToArray();
        var result = InceptionScore.Compute(p);
        Assert.Equal(1.0, result.Mean, 12);
        Assert.Equal(0.0, result.StandardDeviation, 12);
    }

    [Fact]
    public void BalancedOneHotPosteriorsScoreTheNumberOfClasses()
    {
        // 600 rows cycling through 6 classes: each of the 10 splits of 60 holds every class 10 times.
        var p = Enumerable.Range(0, 600).Select(i => Enumerable.Range(0, 6).Select(y => y == i % 6 ? 1.0 : 0.0).ToArray()).ToArray();
        var result = InceptionScore.Compute(p, 10);
        Assert.Equal(6.0, result.Mean, 10);
        Assert.Equal(0.0, result.StandardDeviation, 10);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.6)]
    public void MirroredTwoClassPosteriorsMatchTheClosedForm(double q)
    {
        // Rows alternate (q, 1 − q) and (1 − q, q): p(y) = (½, ½), KL = ln 2 + q ln q + (1 − q) ln(1 − q) for every row.
        var p = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? new[] { q, 1 - q } : new[] { 1 - q, q }).ToArray();
        double expected = Math.Exp(Math.Log(2) + q * Math.Log(q) + (1 - q) * Math.Log(1 - q));
        var result = InceptionScore.Compute(p, 4);
        Assert.Equal(expected, result.Mean, 12);
        Assert.Equal(0.0, result.StandardDeviation, 12);
    }

    [Fact]
    public void SplitScoresGiveMeanAndPopulationSd()
    {
        // Split 1: balanced one-hot over 2 classes (IS 2); split 2: uniform (IS 1) → mean 1.5, sd 0.5.
        var first = Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? new[] { 1.0, 0.0 } : new[] { 0.0, 1.0 });
        var second = Enumerable.Range(0, 10).Select(_ => new[] { 0.5, 0.5 });
        var result = InceptionScore.Compute(first.Concat(second).ToArray(), 2);
        Assert.Equal(1.5, result.Mean, 12);
        Assert.Equal(0.5, result.StandardDeviation, 12);
    }

    [Fact]
    public void BadPosteriorsAreRejectedWithAReason()
    {
        double[][] ok = [[0.5, 0.5], [0.2, 0.8]];
        Assert.Contains("sums to", Assert.Throws<ArgumentException>(() => InceptionScore.Compute([[0.5, 0.6], [0.5, 0.5]], 1)).Message);
        Assert.Contains("invalid", Assert.Throws<ArgumentException>(() => InceptionScore.Compute([[1.5, -0.5], [0.5, 0.5]], 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => InceptionScore.Compute(ok, 3));
        Assert.Throws<ArgumentException>(() => InceptionScore.Compute([], 1));
    }
}
