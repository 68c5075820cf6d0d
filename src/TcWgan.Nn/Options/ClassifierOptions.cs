namespace TcWgan.Nn;

/// <summary>
/// Settings of <see cref="EmotionClassifier.Train"/>. The defaults are the measured good ones (see the Nn README):
/// on real RAVDESS speech they beat log-mel statistics + logistic regression by over ten points, and ~800 clips train
/// in under five minutes on two CPU cores.
/// </summary>
public sealed record ClassifierOptions
{
    public ClassifierKind Kind { get; init; } = ClassifierKind.Q;
    /// <summary>Multiplier on hidden widths (1 = paper size).</summary>
    public double Width { get; init; } = 1;
    /// <summary>Dropout before the output layer (the only dropout: after the last batch norm).</summary>
    public double Dropout { get; init; } = 0.3;
    /// <summary>Passes over the training rows (each row once per epoch, in a fresh seeded order).</summary>
    public int Epochs { get; init; } = 30;
    /// <summary>Rows per step.</summary>
    public int BatchSize { get; init; } = 32;
    /// <summary>Peak AdamW learning rate (linear warm-up over the first 10 % of steps, then cosine decay to 0).</summary>
    public double LearningRate { get; init; } = 2e-3;
    /// <summary>AdamW's decoupled weight decay.</summary>
    public double WeightDecay { get; init; } = 0.05;
    /// <summary>Cross-entropy label smoothing.</summary>
    public double LabelSmoothing { get; init; } = 0.1;
    /// <summary>Weight classes by N / (K · n_class) so an unbalanced corpus does not bias the classifier.</summary>
    public bool BalanceClasses { get; init; } = true;
    /// <summary>On-the-fly SpecAugment while training: number of frequency masks.</summary>
    public int FrequencyMasks { get; init; } = NnDefaults.Masks.FrequencyMasks;
    /// <summary>Widest frequency mask in mel bands.</summary>
    public int FrequencyMaskWidth { get; init; } = NnDefaults.Masks.FrequencyMaskWidth;
    public int TimeMasks { get; init; } = NnDefaults.Masks.TimeMasks;
    /// <summary>Widest time mask in frames.</summary>
    public int TimeMaskWidth { get; init; } = NnDefaults.Masks.TimeMaskWidth;
    /// <summary>On-the-fly SpecAugment time warp: the largest shift of the warp centre in frames (0: none).</summary>
    public int TimeWarp { get; init; } = NnDefaults.TimeWarp;
    /// <summary>With a validation set: stop after this many epochs (after the warm-up) without a lower validation loss; the best epoch's weights are kept.</summary>
    public int EarlyStoppingPatience { get; init; } = 10;
    /// <summary>Seed of initialisation, epoch order, dropout and masks.</summary>
    public int Seed { get; init; }
    /// <summary>"auto" | "cpu" | "cuda".</summary>
    public string Device { get; init; } = "auto";

    /// <summary>All problems with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string message) { if (!ok) errors.Add(message); }
        Check(Enum.IsDefined(Kind), $"Kind {Kind} is not a ClassifierKind.");
        Check(Width > 0 && Width <= 8, $"Width must be in (0, 8] (got {Width}).");
        Check(Dropout is >= 0 and < 1, $"Dropout must be in [0, 1) (got {Dropout}).");
        Check(Epochs >= 0, $"Epochs must be ≥ 0 (got {Epochs}).");
        Check(BatchSize >= 2, $"BatchSize must be ≥ 2 (batch normalisation needs two samples; got {BatchSize}).");
        Check(LearningRate > 0 && double.IsFinite(LearningRate), $"LearningRate must be > 0 (got {LearningRate}).");
        Check(WeightDecay >= 0 && double.IsFinite(WeightDecay), $"WeightDecay must be ≥ 0 (got {WeightDecay}).");
        Check(LabelSmoothing is >= 0 and < 1, $"LabelSmoothing must be in [0, 1) (got {LabelSmoothing}).");
        Check(FrequencyMasks >= 0 && FrequencyMaskWidth is >= 0 and <= Shapes.MelBands,
            $"FrequencyMasks must be ≥ 0 and FrequencyMaskWidth in [0, {Shapes.MelBands}] (got {FrequencyMasks}, {FrequencyMaskWidth}).");
        Check(TimeMasks >= 0 && TimeMaskWidth is >= 0 and <= Shapes.SpecFrames,
            $"TimeMasks must be ≥ 0 and TimeMaskWidth in [0, {Shapes.SpecFrames}] (got {TimeMasks}, {TimeMaskWidth}).");
        Check(TimeWarp is >= 0 and <= Shapes.SpecFrames / 4, $"TimeWarp must be in [0, {Shapes.SpecFrames / 4}] (got {TimeWarp}).");
        Check(EarlyStoppingPatience >= 1, $"EarlyStoppingPatience must be ≥ 1 (got {EarlyStoppingPatience}).");
        Check(DeviceNames.IsKnown(Device), $"Device must be \"auto\", \"cpu\" or \"cuda\" (got \"{Device}\").");
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there are any.</summary>
    public void EnsureValid() => OptionChecks.ThrowIfAny(Validate(), nameof(ClassifierOptions));
}

/// <summary>Spectrogram emotion classifier topology (the Q network and its larger variants).</summary>
public enum ClassifierKind
{
    /// <summary>The paper's Q: 6 convolution layers, ≈1.4 M parameters.</summary>
    Q,
    /// <summary>16 weight layers (13 convolutions, 3 dense) at half VGG width, ≈7.5 M parameters.</summary>
    Q16,
    /// <summary>VGG16 convolution widths (64…512) with small dense layers for 28×112 inputs.</summary>
    Vgg16,
}
