namespace TcWgan.Nn;

/// <summary>
/// Checkpoint content (a <see cref="ChecksummedContainer"/> with magic "TCWGANCK"): metadata JSON
/// (<see cref="CheckpointMetadata"/>) and sections "encoder", "classifier", "generator", "critic" (module states incl.
/// batch-norm statistics) and "encoder.optimizer", "classifier.optimizer", "generator.optimizer", "critic.optimizer"
/// (TorchSharp optimiser state dictionaries: step counts and moment estimates). Random state is not stored: every step
/// reseeds from (Seed, step) (<see cref="Seeds.Derive(long, long)"/>), so a resumed run replays the same draws.
/// </summary>
internal static class CheckpointFormat
{
    /// <summary>File magic.</summary>
    public const string Magic = "TCWGANCK";
    /// <summary>Current version.</summary>
    public const int Version = 1;
}

/// <summary>The metadata JSON of a checkpoint.</summary>
/// <param name="CompletedSteps">Steps done over all phases.</param>
/// <param name="OptionsFingerprint">JSON of the options that must match to resume.</param>
/// <param name="TrainingTimeTicks">Training time so far.</param>
/// <param name="History">Loss records of every completed step.</param>
internal sealed record CheckpointMetadata(long CompletedSteps, string OptionsFingerprint, long TrainingTimeTicks, List<LossRecord> History);
