namespace TcWgan.Nn.Tests;

/// <summary>Dropout statistics, seeding and eval behaviour.</summary>
public class SeededDropoutTests
{
    [Fact]
    public void DropsAboutTheRateScalesTheRestAndReplaysWithTheSameSeed()
    {
        using var scope = NewDisposeScope();
        using var generator = new Generator(4, CPU);
        using var dropout = new SeededDropout(0.25, generator);
        dropout.train();
        var input = ones(20000);
        var first = dropout.forward(input);
        double zeroShare = first.eq(0).to_type(ScalarType.Float32).mean().item<float>();
        Assert.InRange(zeroShare, 0.23, 0.27);
        Assert.Equal(1 / 0.75, first.max().item<float>(), 5);
        Assert.Equal(1.0, first.mean().item<float>(), 1);
        generator.manual_seed(4);
        Assert.True(first.allclose(dropout.forward(input), 0, 0));
        Assert.False(first.allclose(dropout.forward(input), 0, 0));
        dropout.eval();
        Assert.True(input.allclose(dropout.forward(input), 0, 0));
    }
}
