namespace TcWgan.Experiments.Config;

/// <summary>Optional overrides of a profile's numbers; null keeps the profile's value.</summary>
public sealed class ProfileOverrides
{
    public int? GanSteps { get; set; }
    public int? BatchSize { get; set; }
    public int? EncoderPretrainSteps { get; set; }
    /// <summary>Generator warm-up steps (L1 and Q only) before the adversarial steps.</summary>
    public int? GeneratorPretrainSteps { get; set; }
    /// <summary>Pre-training steps of the GAN's auxiliary Q.</summary>
    public int? ClassifierSteps { get; set; }
    /// <summary>Width multiplier of the GAN's networks.</summary>
    public double? WidthMultiplier { get; set; }
    /// <summary>Width multiplier of the GAN's critic alone.</summary>
    public double? CriticWidth { get; set; }
    /// <summary>Mask the critic's real and fake inputs alike (DiffAugment style).</summary>
    public bool? AugmentCriticInputs { get; set; }
    /// <summary>Epochs of the real-only AER classifier; rows with larger training sets train fewer, for the same steps.</summary>
    public int? AerEpochs { get; set; }
    /// <summary>Epochs of the CAS classifier (trained on generated spectrograms alone); unset = the real-only classifier's steps.</summary>
    public int? CasEpochs { get; set; }
    /// <summary>Width multiplier of the AER classifier.</summary>
    public double? AerWidth { get; set; }
    public double? GeneratedPerRealClip { get; set; }
    /// <summary>Critic updates per generator update of the Wasserstein rows.</summary>
    public int? CriticSteps { get; set; }
    /// <summary>Multiplier on the presets' GAN learning rates.</summary>
    public double? LearningRateScale { get; set; }
    /// <summary>Weight of the L1 term of the generator loss.</summary>
    public double? L1Weight { get; set; }
    /// <summary>Weight of the frozen Q's cross-entropy on generated spectrograms.</summary>
    public double? ClassifierWeight { get; set; }
    /// <summary>Weight of the critic's auxiliary emotion head (0 turns it off).</summary>
    public double? AuxiliaryClassifierWeight { get; set; }
    /// <summary>Steps between GAN checkpoints; null = a quarter of the training (at least 50).</summary>
    public int? CheckpointEvery { get; set; }

    public IEnumerable<string> Validate()
    {
        if (GanSteps is < 1) yield return "ganSteps: must be ≥ 1.";
        if (BatchSize is < 1) yield return "batchSize: must be ≥ 1.";
        if (EncoderPretrainSteps is < 0) yield return "encoderPretrainSteps: must be ≥ 0.";
        if (GeneratorPretrainSteps is < 0) yield return "generatorPretrainSteps: must be ≥ 0.";
        if (ClassifierSteps is < 1) yield return "classifierSteps: must be ≥ 1.";
        if (WidthMultiplier is <= 0 or > 4) yield return "widthMultiplier: must be in (0, 4].";
        if (CriticWidth is <= 0 or > 4) yield return "criticWidth: must be in (0, 4].";
        if (AerEpochs is < 1) yield return "aerEpochs: must be ≥ 1.";
        if (CasEpochs is < 1) yield return "casEpochs: must be ≥ 1.";
        if (AerWidth is <= 0 or > 4) yield return "aerWidth: must be in (0, 4].";
        if (GeneratedPerRealClip is <= 0) yield return "generatedPerRealClip: must be > 0.";
        if (CheckpointEvery is < 1) yield return "checkpointEvery: must be ≥ 1.";
        if (CriticSteps is < 1) yield return "criticSteps: must be ≥ 1.";
        if (LearningRateScale is <= 0) yield return "learningRateScale: must be > 0.";
        if (L1Weight is < 0 || ClassifierWeight is < 0 || AuxiliaryClassifierWeight is < 0) yield return "l1Weight, classifierWeight and auxiliaryClassifierWeight must be ≥ 0.";
    }
}
