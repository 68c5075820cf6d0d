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
