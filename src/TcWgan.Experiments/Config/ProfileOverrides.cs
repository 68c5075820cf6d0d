namespace TcWgan.Experiments.Config;

/// <summary>Optional overrides of a profile's numbers; null keeps the profile's value.</summary>
public sealed class ProfileOverrides
{
    public int? GanSteps { get; set; }
    public int? BatchSize { get; set; }
    public int? EncoderPretrainSteps { get; set; }
    /// <summary>Pre-training steps of the GAN's auxiliary Q.</summary>
    public int? ClassifierSteps { get; set; }
    /// <summary>Width multiplier of the GAN's networks.</summary>
    public double? WidthMultiplier { get; set; }
    /// <summary>Epochs of the AER classifier.</summary>
    public int? AerEpochs { get; set; }
    /// <summary>Width multiplier of the AER classifier.</summary>
    public double? AerWidth { get; set; }
    public double? GeneratedPerRealClip { get; set; }
    /// <summary>Steps between GAN checkpoints; null = a quarter of the training (at least 50).</summary>
    public int? CheckpointEvery { get; set; }

    /// <summary>Problems with this section.</summary>
    public IEnumerable<string> Validate()
    {
        if (GanSteps is < 1) yield return "ganSteps: must be ≥ 1.";
        if (BatchSize is < 1) yield return "batchSize: must be ≥ 1.";
        if (EncoderPretrainSteps is < 0) yield return "encoderPretrainSteps: must be ≥ 0.";
        if (ClassifierSteps is < 1) yield return "classifierSteps: must be ≥ 1.";
        if (WidthMultiplier is <= 0 or > 4) yield return "widthMultiplier: must be in (0, 4].";
        if (AerEpochs is < 1) yield return "aerEpochs: must be ≥ 1.";
        if (AerWidth is <= 0 or > 4) yield return "aerWidth: must be in (0, 4].";
        if (GeneratedPerRealClip is <= 0) yield return "generatedPerRealClip: must be > 0.";
        if (CheckpointEvery is < 1) yield return "checkpointEvery: must be ≥ 1.";
    }
}
