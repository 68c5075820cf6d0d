namespace TcWgan.Nn;

/// <summary>Optimiser used for the critic and generator.</summary>
public enum OptimizerKind
{
    /// <summary>Adam with <see cref="GanOptions.Beta1"/> and <see cref="GanOptions.Beta2"/>.</summary>
    Adam,
    /// <summary>RMSprop (α = 0.99).</summary>
    RmsProp,
}
