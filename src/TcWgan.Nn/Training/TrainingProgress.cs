namespace TcWgan.Nn;

/// <summary>Reported by <see cref="GanTrainer.Progress"/> after every step.</summary>
/// <param name="Losses">The step's losses (phase and 0-based step included).</param>
/// <param name="TotalSteps">Steps over all phases.</param>
/// <param name="Elapsed">Training time so far, including earlier runs that were resumed.</param>
public sealed record TrainingProgress(LossRecord Losses, long TotalSteps, TimeSpan Elapsed)
{
    /// <summary>Steps completed so far.</summary>
    public long CompletedSteps => Losses.Step + 1;
}
