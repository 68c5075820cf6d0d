using TorchSharp;
using static TorchSharp.torch;

namespace TcWgan.Nn.Tests;

/// <summary>Our RMSprop steps exactly as TorchSharp's does, in each of its branches, and saves the same state.</summary>
public class ScalarSafeRmsPropTests
{
    [Theory]
    [InlineData(false, 0.0, 0.0)]
    [InlineData(true, 0.0, 0.0)]
    [InlineData(false, 0.9, 0.01)]
    [InlineData(true, 0.9, 0.01)]
    public void FiveStepsMatchTorchSharpsRmsPropBitForBitAndSaveTheSameState(bool centered, double momentum, double weightDecay)
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(5, CPU);
        var start = randn([4, 5], generator: g);
        var ours = new TorchSharp.Modules.Parameter(start.clone());
        var theirs = new TorchSharp.Modules.Parameter(start.clone());
        using optim.Optimizer mine = new ScalarSafeRmsProp.RMSProp([ours], 1e-2);
        using optim.Optimizer reference = optim.RMSProp([theirs], 1e-2);
        foreach (var optimizer in new[] { mine, reference })
        {
            var options = ((TorchSharp.Modules.RMSProp.ParamGroup)optimizer.ParamGroups.Single()).Options;
            options.centered = centered;
            options.momentum = momentum;
            options.weight_decay = weightDecay;
        }
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
