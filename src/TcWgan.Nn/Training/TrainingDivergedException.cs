namespace TcWgan.Nn;

/// <summary>
/// A loss became NaN or infinite. Losses are read every <see cref="GanOptions.ReportEvery"/> steps and before every
/// checkpoint, so no checkpoint holds a diverged state: the newest checkpoint on disk (if any) is the last good one.
/// </summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>0-based step at which the non-finite loss was read (it arose at most <see cref="GanOptions.ReportEvery"/> steps earlier).</summary>
    public long Step { get; }
    /// <summary>Which loss (e.g. "critic loss").</summary>
    public string LossName { get; }
    /// <summary>The value (NaN or ±∞).</summary>
    public double Value { get; }
    /// <summary>Newest good checkpoint, or null when none was written.</summary>
    public string? LastGoodCheckpoint { get; }

    public TrainingDivergedException(long step, TrainingPhase phase, string lossName, double value, string? lastGoodCheckpoint)
        : base($"Training diverged at step {step} ({phase}): {lossName} = {value}. " +
               (lastGoodCheckpoint is null
                   ? "No checkpoint was written before this step."
                   : $"The last good checkpoint is kept: {lastGoodCheckpoint}.") +
               " Lower the learning rate, check the input data for extreme values, or raise the gradient penalty weight.")
    {
        Step = step;
        LossName = lossName;
        Value = value;
        LastGoodCheckpoint = lastGoodCheckpoint;
    }
}
