namespace TcWgan.Nn.Tests;

/// <summary>Our batch norm computes what TorchSharp's does and saves under the same names (old checkpoints load).</summary>
public class BatchNormLayerTests
{
    [Fact]
    public void MatchesTorchSharpsBatchNorm2dInTrainAndEvalModeAndCountsBatches()
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(7, CPU);
        var ours = BatchNormLayer.Of2d(3);
        var theirs = nn.BatchNorm2d(3);
        for (int step = 0; step < 3; step++)
        {
            var x = ScalarMath.Add(randn([8, 3, 4, 5], generator: g), step); // (8, 3, 4, 5)
            Assert.True(ours.forward(x).allclose(theirs.forward(x), 1e-5, 1e-5), $"train step {step}");
        }
        Assert.True(ours.running_mean!.allclose(theirs.running_mean!), "running mean");
        Assert.True(ours.running_var!.allclose(theirs.running_var!), "running variance");
        Assert.Equal(3L, ours.num_batches_tracked!.item<long>());
        ours.eval(); theirs.eval();
        var probe = randn([2, 3, 4, 5], generator: g);
        Assert.True(ours.forward(probe).allclose(theirs.forward(probe), 1e-5, 1e-5), "eval");
        Assert.Equal(3L, ours.num_batches_tracked!.item<long>()); // eval mode does not count
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InEvalModeAGradientFlowsThroughTheSameAffineMapAsTorchSharpsBatchNorm(bool channelsLast)
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(11, CPU);
        var ours = BatchNormLayer.Of2d(3);
        var theirs = nn.BatchNorm2d(3);
        using (no_grad())
            foreach (var bn in new TorchSharp.Modules.BatchNorm[] { ours, theirs })
            {
                bn.running_mean!.copy_(tensor(new[] { 0.5f, -1f, 2f }));
                bn.running_var!.copy_(tensor(new[] { 0.25f, 4f, 1f }));
                bn.weight!.copy_(tensor(new[] { 2f, -0.5f, 1f }));
                bn.bias!.copy_(tensor(new[] { 0f, 1f, -3f }));
            }
        ours.eval(); theirs.eval();
        var x = randn([4, 3, 5, 6], generator: g);                       // (4, 3, 5, 6)
        var input = (channelsLast ? ChannelsLast.Of(x) : x.clone()).requires_grad_(true);
        var output = ours.forward(input);
        Assert.True(output.allclose(theirs.forward(x), 1e-5, 1e-5), "values");
        output.sum().backward();
        // ∂y/∂x = γ / √(σ² + ε) per channel: 2/√0.25, −0.5/√4, 1/√1.
        var expected = tensor(new[] { 4f, -0.25f, 1f }).view(1, 3, 1, 1).expand(4, 3, 5, 6);
        Assert.True(input.grad!.allclose(expected, 1e-4, 1e-4), "gradient");
    }

    [Fact]
    public void StateDictNamesAreTorchSharpsAndLoadAcross()
    {
        using var scope = NewDisposeScope();
        var ours = BatchNormLayer.Of1d(4);
        var theirs = nn.BatchNorm1d(4);
        Assert.Equal(theirs.state_dict().Keys.OrderBy(k => k), ours.state_dict().Keys.OrderBy(k => k));
        theirs.forward(randn(6, 4));
        ours.load_state_dict(theirs.state_dict());
        Assert.True(ours.running_mean!.allclose(theirs.running_mean!));
    }

    [Fact]
    public void RejectsInputOfTheWrongRank()
    {
        using var scope = NewDisposeScope();
        var error = Assert.Throws<ArgumentException>(() => BatchNormLayer.Of3d(2).forward(zeros(4, 2, 3, 3)));
        Assert.Contains("5-D", error.Message);
    }
}
