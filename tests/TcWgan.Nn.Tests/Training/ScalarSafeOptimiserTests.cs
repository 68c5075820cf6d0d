namespace TcWgan.Nn.Tests;

/// <summary>Our Adam, AdamW and RMSprop step exactly as TorchSharp's do, and their saved state is TorchSharp's, byte for byte.</summary>
public class ScalarSafeOptimiserTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AdamAndAdamWMatchTorchSharpsBitForBit(bool adamW)
    {
        using var scope = NewDisposeScope();
        var (ours, theirs) = TwinParameters();
        using optim.Optimizer mine = adamW
            ? new ScalarSafeAdam.AdamW([ours], 1e-2, 0.5, 0.9, 1e-8, 0.05)
            : new ScalarSafeAdam.Adam([ours], 1e-2, 0.5, 0.9);
        using optim.Optimizer reference = adamW
            ? optim.AdamW([theirs], 1e-2, 0.5, 0.9, 1e-8, 0.05)
            : optim.Adam([theirs], 1e-2, 0.5, 0.9);
        StepBothAndCompare(ours, mine, theirs, reference);
    }

    [Theory]
    [InlineData(false, 0.0, 0.0)]
    [InlineData(true, 0.0, 0.0)]
    [InlineData(false, 0.9, 0.01)]
    [InlineData(true, 0.9, 0.01)]
    public void RmsPropMatchesTorchSharpsBitForBitInEachBranch(bool centered, double momentum, double weightDecay)
    {
        using var scope = NewDisposeScope();
        var (ours, theirs) = TwinParameters();
        using optim.Optimizer mine = new ScalarSafeRmsProp.RMSProp([ours], 1e-2);
        using optim.Optimizer reference = optim.RMSProp([theirs], 1e-2);
        foreach (var optimizer in new[] { mine, reference })
        {
            var options = ((TorchSharp.Modules.RMSProp.ParamGroup)optimizer.ParamGroups.Single()).Options;
            options.centered = centered;
            options.momentum = momentum;
            options.weight_decay = weightDecay;
        }
        StepBothAndCompare(ours, mine, theirs, reference);
    }

    private static (TorchSharp.Modules.Parameter Ours, TorchSharp.Modules.Parameter Theirs) TwinParameters()
    {
        using var g = new Generator(3, CPU);
        var start = randn([4, 5], generator: g); // (4, 5)
        return (new TorchSharp.Modules.Parameter(start.clone()), new TorchSharp.Modules.Parameter(start.clone()));
    }

    /// <summary>Five steps of a squared-error loss towards random targets: equal parameters after each, equal saved state.</summary>
    private static void StepBothAndCompare(TorchSharp.Modules.Parameter ours, optim.Optimizer mine,
                                           TorchSharp.Modules.Parameter theirs, optim.Optimizer reference)
    {
        using var g = new Generator(5, CPU);
        for (int step = 0; step < 5; step++)
        {
            var target = randn([4, 5], generator: g); // (4, 5)
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
