namespace TcWgan.Nn;

/// <summary>Builds the optimisers named by the options.</summary>
internal static class Optimizers
{
    public static optim.Optimizer Adversarial(IEnumerable<TorchSharp.Modules.Parameter> parameters, GanOptions options) => options.Optimizer switch
    {
        OptimizerKind.Adam => new ScalarSafeAdam.Adam(parameters, options.LearningRate, options.Beta1, options.Beta2),
        OptimizerKind.RmsProp => new ScalarSafeRmsProp.RMSProp(parameters, options.LearningRate),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Optimizer, "Unknown optimiser."),
    };
}
