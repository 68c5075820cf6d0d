namespace TcWgan.Demo.Tests;

public sealed class SoftmaxRegressionTests
{
    [Fact]
    public void Softmax_regression_separates_separable_classes()
    {
        var rng = new Random(1);
        var xs = new List<double[]>();
        var ys = new List<int>();
        for (int i = 0; i < 90; i++)
        {
            int k = i % 3;
            xs.Add([k * 5 + rng.NextDouble(), -k * 3 + rng.NextDouble()]);
            ys.Add(k);
        }
        var train = Enumerable.Range(0, 90).Select(i => i < 60).ToArray();
        var (accuracy, confusion) = SoftmaxRegression.TrainAndTest(xs, ys, train, 3);
        Assert.Equal(1.0, accuracy);
        Assert.Equal(10, confusion[2, 2]);
    }
}
