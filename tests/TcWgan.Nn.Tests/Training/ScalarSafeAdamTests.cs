using TorchSharp;
using static TorchSharp.torch;

namespace TcWgan.Nn.Tests;

/// <summary>Our Adam and AdamW step exactly as TorchSharp's do, and their saved state is TorchSharp's, byte for byte.</summary>
public class ScalarSafeAdamTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FiveStepsMatchTorchSharpsOptimiserBitForBitAndSaveTheSameState(bool adamW)
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(3, CPU);
        var start = randn([4, 5], generator: g);
        var ours = new TorchSharp.Modules.Parameter(start.clone());
        var theirs = new TorchSharp.Modules.Parameter(start.clone());
        using optim.Optimizer mine = adamW
            ? new ScalarSafeAdam.AdamW([ours], 1e-2, 0.5, 0.9, 1e-8, 0.05)
            : new ScalarSafeAdam.Adam([ours], 1e-2, 0.5, 0.9);
        using optim.Optimizer reference = adamW
            ? optim.AdamW([theirs], 1e-2, 0.5, 0.9, 1e-8, 0.05)
            : optim.Adam([theirs], 1e-2, 0.5, 0.9);
        for (int step = 0; step < 5; step++)
        {
            var target = randn([4, 5], generator: g);
            foreach (var (p, opt) in new[] { (ours, mine), (theirs, reference) })
            {
                opt.zero_grad();
                (p - target).square().sum().backward();
                opt.step();
            }
            Assert.True(ours.eq(theirs).all().item<bool>(), $"step {step}");
        }
        Assert.Equal(ModuleState.Of(reference), ModuleState.Of(mine)); // same type name, options and moments
    }
}
