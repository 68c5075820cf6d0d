namespace TcWgan.Experiments.Results;

/// <summary>
/// What one row of Table I gave for one seed. Generator metrics are null for rows without a generator.
/// </summary>
public sealed record RowResult
{
    public required string Row { get; init; }
    /// <summary>0-based fold of a k-fold study (0 for a single split).</summary>
    public int Fold { get; init; }
    public required int Seed { get; init; }
    /// <summary>Real training clips / generated (or augmented) samples added.</summary>
    public required int RealTrainingSamples { get; init; }
    public required int AddedTrainingSamples { get; init; }
    public required int TestSamples { get; init; }
    /// <summary>CNN classifier (Q) on the real-only test split.</summary>
    public required double Accuracy { get; init; }
    /// <summary>Unweighted average recall (mean of per-class recalls).</summary>
    public required double Uar { get; init; }
    public required double[] PerClassRecall { get; init; }
    /// <summary>Rows: true class; columns: predicted class.</summary>
    public required int[][] Confusion { get; init; }
    /// <summary>Standard ML.NET trainer (LbfgsMaximumEntropy on the spectrogram vector), same training set.</summary>
    public double? MlnetAccuracy { get; init; }
    public double? MlnetUar { get; init; }
    /// <summary>Fréchet distance in ImageNet ResNet18 feature space (stand-in for the paper's Inception FID).</summary>
    public double? FidResNet18 { get; init; }
    /// <summary>Fréchet distance in the emotion classifier's penultimate feature space (domain FID).</summary>
    public double? FidEmotion { get; init; }
    /// <summary>Inception-style score from the emotion classifier's posteriors (10 splits).</summary>
    public double? IsMean { get; init; }
    public double? IsSd { get; init; }
    /// <summary>
    /// Classification accuracy score: the same AER classifier trained on generated spectrograms only (one per real
    /// training clip, its face and emotion), tested on the real test split. Does G carry the emotion?
    /// </summary>
    public double? Cas { get; init; }
    /// <summary>Mean SSIM of generated vs paired real spectrograms (test faces), data range 2.</summary>
    public double? Ssim { get; init; }
    /// <summary>Wall time of generator training (encoder pre-training included).</summary>
    public double? GeneratorTrainingSeconds { get; init; }
    /// <summary>Loss history CSV of the generator, relative to the run folder.</summary>
    public string? LossCsv { get; init; }
}
