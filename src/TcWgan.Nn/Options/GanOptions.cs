using System.Text.Json;
using System.Text.Json.Serialization;

namespace TcWgan.Nn;

/// <summary>
/// Every setting of <see cref="GanTrainer"/> in one place. Start from <see cref="FromPreset"/> and change what you
/// need with a <c>with</c> expression; <see cref="Validate"/> reports all problems at once.
/// </summary>
public sealed record GanOptions
{
    public EncoderKind Encoder { get; init; } = EncoderKind.TransformerLstm;
    /// <summary>Adversarial objective (Wasserstein = tc-wGAN, Conventional = dacssGAN).</summary>
    public AdversarialLoss Loss { get; init; } = AdversarialLoss.Wasserstein;
    /// <summary>Optimiser of critic and generator.</summary>
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Adam;
    /// <summary>Learning rate of critic and generator.</summary>
    public double LearningRate { get; init; } = 1e-4;
    public double Beta1 { get; init; }
    public double Beta2 { get; init; } = 0.9;
    /// <summary>Critic updates per generator update (n_critic).</summary>
    public int CriticSteps { get; init; } = 5;
    /// <summary>Gradient penalty weight λ (Wasserstein loss only).</summary>
    public double GradientPenaltyWeight { get; init; } = 10;
    /// <summary>Samples per batch in every phase.</summary>
    public int BatchSize { get; init; } = 64;
    /// <summary>Adversarial steps (one step = <see cref="CriticSteps"/> critic updates + one generator update).</summary>
    public int Steps { get; init; } = 20000;
    /// <summary>FER pre-training steps of the temporal encoder.</summary>
    public int EncoderPretrainSteps { get; init; } = 2000;
    /// <summary>Pre-training steps of Q on real spectrograms.</summary>
    public int ClassifierSteps { get; init; } = 2000;
    /// <summary>Generator warm-up steps (L1 and Q terms, no critic) before the adversarial steps; 0 skips them.</summary>
    public int GeneratorPretrainSteps { get; init; }
    /// <summary>Adam learning rate of the encoder and Q pre-training phases.</summary>
    public double PretrainLearningRate { get; init; } = 1e-3;
    /// <summary>Topology of the Q network used in the generator loss.</summary>
    public ClassifierKind Classifier { get; init; } = ClassifierKind.Q;
    /// <summary>
    /// Weight wQ of Q's cross-entropy on generated spectrograms. 0.1, not 1: at 1 the frozen classifier's gradient
    /// outweighs L1 and the critic, and G learns what fools Q rather than the clip's spectrogram (measured on the
    /// separable synthetic set of the tests, 100 steps from the mean start: L1 to the targets 0.28 at wQ = 1 with a
    /// trained Q, 0.12 at 0.1; on the demo at 100 steps, CAS 23 % over 3 seeds at 0.1, 16 % on seed 1 at 1).
    /// </summary>
    public double ClassifierWeight { get; init; } = 0.1;
    /// <summary>Weight wL1 of the mean absolute difference between generated and paired real spectrogram.</summary>
    public double L1Weight { get; init; } = 10;
    /// <summary>
    /// Weight of the critic's auxiliary emotion head (AC-WGAN): the critic learns the emotion of real spectrograms and
    /// the generator is rewarded when the critic reads the target emotion in its fakes; 0 leaves the head out.
    /// </summary>
    public double AuxiliaryClassifierWeight { get; init; } = 1;
    /// <summary>
    /// Apply random frequency and time masks to the critic's real and fake inputs alike (DiffAugment style), so the
    /// critic cannot memorise the few real spectrograms; the L1 target stays clean.
    /// </summary>
    public bool AugmentCriticInputs { get; init; }
    public CriticNorm CriticNorm { get; init; } = CriticNorm.Layer;
    /// <summary>Multiplier on every hidden width (1 = paper size); interface sizes (128, 64, 6, 32) never change.</summary>
    public double Width { get; init; } = 1;
    /// <summary>
    /// Width multiplier of the critic alone; null = <see cref="Width"/>. The critic costs ~8 MFLOP per sample at
    /// paper width (G ~3 GFLOP), so a narrow profile can keep it wide: at width 0.125 its first layers have 2 and 4
    /// channels, too few to see syllables.
    /// </summary>
    public double? CriticWidth { get; init; }
    /// <summary>
    /// Dropout rate of generator, encoders and Q (the paper's 0.25). It acts after each network's last batch norm only
    /// (G: before the output convolution; encoders and Q: before their emotion heads), so eval mode matches training.
    /// </summary>
    public double Dropout { get; init; } = 0.25;
    /// <summary>Heads of the Transformer-LSTM self-attention (must divide 128).</summary>
    public int AttentionHeads { get; init; } = 4;
    /// <summary>Seed of every random choice (initialisation, batches, noise, dropout).</summary>
    public int Seed { get; init; }
    /// <summary>"auto" (CUDA when available), "cpu" or "cuda".</summary>
    public string Device { get; init; } = "auto";
    /// <summary>Folder for checkpoints and the loss CSV; null trains without checkpoints.</summary>
    public string? CheckpointDirectory { get; init; }
    /// <summary>Checkpoint period in steps (counted over all phases); a checkpoint is also written at the end.</summary>
    public int CheckpointEvery { get; init; } = 500;
    /// <summary>Checkpoints kept on disk (the newest ones); at least 2, so a damaged newest one leaves a good one.</summary>
    public int KeepCheckpoints { get; init; } = 2;
    /// <summary>
    /// Steps between reads of the running losses from the device (progress, history and the NaN/∞ guard); the steps in
    /// between never wait for the device.
    /// </summary>
    public int ReportEvery { get; init; } = 10;

    /// <summary>Total steps over the three phases.</summary>
    [JsonIgnore]
    public long TotalSteps => (long)EncoderPretrainSteps + ClassifierSteps + GeneratorPretrainSteps + Steps;

    /// <summary>Options of a named preset (its loss and optimiser settings); everything else keeps its default.</summary>
    public static GanOptions FromPreset(GanPreset preset) => preset switch
    {
        GanPreset.WganGp => new GanOptions
        {
            Loss = AdversarialLoss.Wasserstein, Optimizer = OptimizerKind.Adam, LearningRate = 1e-4, Beta1 = 0, Beta2 = 0.9,
            CriticSteps = 5, GradientPenaltyWeight = 10,
        },
        GanPreset.Conventional => new GanOptions
        {
            Loss = AdversarialLoss.Conventional, Optimizer = OptimizerKind.Adam, LearningRate = 2e-4, Beta1 = 0.5, Beta2 = 0.999,
            CriticSteps = 1, GradientPenaltyWeight = 0,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown GAN preset."),
    };

    /// <summary>The preset of an adversarial objective.</summary>
    public static GanPreset PresetFor(AdversarialLoss loss) => loss == AdversarialLoss.Conventional ? GanPreset.Conventional : GanPreset.WganGp;

    /// <summary>All problems with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string message) { if (!ok) errors.Add(message); }
        Check(Enum.IsDefined(Encoder), $"Encoder {Encoder} is not an EncoderKind.");
        Check(Enum.IsDefined(Loss), $"Loss {Loss} is not an AdversarialLoss.");
        Check(Enum.IsDefined(Optimizer), $"Optimizer {Optimizer} is not an OptimizerKind.");
        Check(Enum.IsDefined(Classifier), $"Classifier {Classifier} is not a ClassifierKind.");
        Check(Enum.IsDefined(CriticNorm), $"CriticNorm {CriticNorm} is not a CriticNorm.");
        Check(LearningRate > 0 && double.IsFinite(LearningRate), $"LearningRate must be > 0 (got {LearningRate}).");
        Check(PretrainLearningRate > 0 && double.IsFinite(PretrainLearningRate), $"PretrainLearningRate must be > 0 (got {PretrainLearningRate}).");
        Check(Beta1 is >= 0 and < 1, $"Beta1 must be in [0, 1) (got {Beta1}).");
        Check(Beta2 is >= 0 and < 1, $"Beta2 must be in [0, 1) (got {Beta2}).");
        Check(CriticSteps >= 1, $"CriticSteps must be ≥ 1 (got {CriticSteps}).");
        Check(GradientPenaltyWeight >= 0 && double.IsFinite(GradientPenaltyWeight), $"GradientPenaltyWeight must be ≥ 0 (got {GradientPenaltyWeight}).");
        Check(BatchSize >= 2, $"BatchSize must be ≥ 2 (batch normalisation needs two samples; got {BatchSize}).");
        Check(Steps >= 0, $"Steps must be ≥ 0 (got {Steps}).");
        Check(EncoderPretrainSteps >= 0, $"EncoderPretrainSteps must be ≥ 0 (got {EncoderPretrainSteps}).");
        Check(ClassifierSteps >= 0, $"ClassifierSteps must be ≥ 0 (got {ClassifierSteps}).");
        Check(GeneratorPretrainSteps >= 0, $"GeneratorPretrainSteps must be ≥ 0 (got {GeneratorPretrainSteps}).");
        Check(ClassifierWeight >= 0 && double.IsFinite(ClassifierWeight), $"ClassifierWeight must be ≥ 0 (got {ClassifierWeight}).");
        Check(L1Weight >= 0 && double.IsFinite(L1Weight), $"L1Weight must be ≥ 0 (got {L1Weight}).");
        Check(AuxiliaryClassifierWeight >= 0 && double.IsFinite(AuxiliaryClassifierWeight), $"AuxiliaryClassifierWeight must be ≥ 0 (got {AuxiliaryClassifierWeight}).");
        Check(Width > 0 && Width <= 8, $"Width must be in (0, 8] (got {Width}).");
        Check(CriticWidth is null or (> 0 and <= 8), $"CriticWidth must be null or in (0, 8] (got {CriticWidth}).");
        Check(Dropout is >= 0 and < 1, $"Dropout must be in [0, 1) (got {Dropout}).");
        Check(AttentionHeads >= 1 && Shapes.FrameFeatures % AttentionHeads == 0,
            $"AttentionHeads must divide {Shapes.FrameFeatures} (got {AttentionHeads}).");
        Check(DeviceNames.IsKnown(Device), $"Device must be \"auto\", \"cpu\" or \"cuda\" (got \"{Device}\").");
        Check(CheckpointEvery >= 1, $"CheckpointEvery must be ≥ 1 (got {CheckpointEvery}).");
        Check(KeepCheckpoints >= 2, $"KeepCheckpoints must be ≥ 2 (got {KeepCheckpoints}).");
        Check(ReportEvery >= 1, $"ReportEvery must be ≥ 1 (got {ReportEvery}).");
        Check(CriticNorm != CriticNorm.Batch || Loss != AdversarialLoss.Wasserstein || GradientPenaltyWeight == 0,
            "CriticNorm Batch mixes samples, which the gradient penalty forbids; use Layer or None with the Wasserstein loss.");
        Check(CheckpointDirectory is null || CheckpointDirectory.Trim().Length > 0, "CheckpointDirectory must be null or a folder path.");
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there are any.</summary>
    public void EnsureValid() => OptionChecks.ThrowIfAny(Validate(), nameof(GanOptions));

    /// <summary>
    /// The settings a checkpoint must agree with to be resumed: everything except run length, device and
    /// checkpoint bookkeeping.
    /// </summary>
    internal string ResumeFingerprint() => JsonSerializer.Serialize(this with
    {
        Steps = 0, Device = "auto", CheckpointDirectory = null, CheckpointEvery = 1, KeepCheckpoints = 2, ReportEvery = 1,
    });
}

/// <summary>Adversarial objective between generator and critic.</summary>
public enum AdversarialLoss
{
    /// <summary>Wasserstein loss with gradient penalty (tc-wGAN).</summary>
    Wasserstein,
    /// <summary>Conventional GAN loss: sigmoid / BCE-with-logits on the critic score (dacssGAN).</summary>
    Conventional,
}

/// <summary>Named groups of optimiser settings, one per adversarial objective (see <see cref="GanOptions.FromPreset"/>).</summary>
public enum GanPreset
{
    /// <summary>Gulrajani et al.'s WGAN-GP (tc-wGAN, wGAN-im2im): Adam 1e-4, β = (0, 0.9), 5 critic steps, GP weight 10.</summary>
    WganGp,
    /// <summary>A conventional conditional GAN (dacssGAN), DCGAN's settings: Adam 2e-4, β = (0.5, 0.999), one discriminator step per generator step, no penalty.</summary>
    Conventional,
}

/// <summary>Optimiser used for the critic and generator.</summary>
public enum OptimizerKind
{
    /// <summary>Adam with <see cref="GanOptions.Beta1"/> and <see cref="GanOptions.Beta2"/>.</summary>
    Adam,
    /// <summary>RMSprop (α = 0.99).</summary>
    RmsProp,
}

/// <summary>Normalisation inside the critic trunk.</summary>
public enum CriticNorm
{
    /// <summary>No normalisation.</summary>
    None,
    /// <summary>Per-sample layer normalisation over (C, H, W) (GroupNorm with one group); safe with the gradient penalty.</summary>
    Layer,
    /// <summary>Batch normalisation (mixes samples, which the gradient penalty formally forbids; kept for comparison).</summary>
    Batch,
}

/// <summary>Temporal face encoder that turns a (10, 3, 28, 28) window into the 64-d face code.</summary>
public enum EncoderKind
{
    /// <summary>3-D convolutions and pooling over time and space (tc-wGAN 3dCNN).</summary>
    Conv3d,
    /// <summary>Per-frame 2-D CNN followed by an LSTM over the 10 frames (tc-wGAN LSTM).</summary>
    Lstm,
    /// <summary>Per-frame 2-D CNN, positional encoding, self-attention block, then an LSTM (tc-wGAN Transformer-LSTM).</summary>
    TransformerLstm,
    /// <summary>Only the middle frame (index 5) through the 2-D CNN: the wGAN-im2im baseline.</summary>
    StaticFrame,
}
