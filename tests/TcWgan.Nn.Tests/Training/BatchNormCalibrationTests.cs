namespace TcWgan.Nn.Tests;

/// <summary>Recalibrated batch-norm statistics are the exact statistics of the data, however it is chunked.</summary>
public class BatchNormCalibrationTests
{
    [Fact]
    public void RunningStatisticsBecomeTheDataStatisticsAndDropoutIsOff()
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(4, CPU);
        var norm = BatchNormLayer.Of2d(3);
        var network = nn.Sequential(new SeededDropout(0.5, g), norm);
        var data = ScalarMath.Add(randn([50, 3, 4, 5], generator: g) * tensor(new float[] { 1, 2, 3 }).view(1, 3, 1, 1), 5); // (50, 3, 4, 5)
        var source = new TensorBatches(data, zeros(50, ScalarType.Int64));
        BatchNormCalibration.Recalibrate(network, BatchNormCalibration.Chunks(source, CPU, chunk: 16), x => network.forward(x));
        var expectedMean = data.mean([0, 2, 3]);
        var expectedVar = data.var([0, 2, 3], unbiased: false);
        Assert.True(norm.running_mean!.allclose(expectedMean, 1e-4, 1e-4), "mean");
        Assert.True(norm.running_var!.allclose(expectedVar, 2e-2, 2e-2), "variance"); // chunks' unbiased variances: within ~2 %
        Assert.False(network.training);
        Assert.Equal(0.1, norm.momentum);   // restored
    }
}
