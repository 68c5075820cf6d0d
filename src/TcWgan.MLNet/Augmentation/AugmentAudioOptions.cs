namespace TcWgan.MLNet;

/// <summary>
/// Options of <c>mlContext.Transforms.AugmentAudioFromFace</c>: how the tc-wGAN is trained (or which pre-trained
/// model is loaded) and how the transformer generates.
/// </summary>
public sealed record AugmentAudioOptions
{
    /// <summary>Every GAN setting: encoder kind, preset values, steps, batch size, seed, device, checkpoint folder.</summary>
    public GanOptions Gan { get; init; } = GanOptions.FromPreset(GanPreset.WganGp);

    /// <summary>Real spectrogram column read by <c>Fit</c>: <c>Vector&lt;Single, 3, 28, 112&gt;</c>.</summary>
    public string RealSpectrogramColumnName { get; init; } = Defaults.Spectrogram;

    /// <summary>
    /// An emotion classifier already trained on real spectrograms to use as the GAN's frozen Q (e.g. the
    /// <see cref="SpectrogramCnnTransformer.Classifier"/> of a real-only AER model); null pre-trains one inside the GAN.
    /// Not saved with the model; it stays the caller's.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public EmotionClassifier? Classifier { get; init; }

    /// <summary>A saved <c>FaceToAudioModel</c> to load instead of training (null = train on the rows given to <c>Fit</c>).</summary>
    public string? PretrainedModelPath { get; init; }

    /// <summary>Rows per generator call inside the transformer.</summary>
    public int GenerationBatchSize { get; init; } = 64;

    /// <summary>Base seed of the per-row generation seeds (combined with each row's id); null = <see cref="GanOptions.Seed"/>.</summary>
    public long? GenerationSeed { get; init; }

    /// <summary>Receives training progress from <c>Fit</c>; not saved with the model.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IProgress<TrainingProgress>? Progress { get; init; }

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (PretrainedModelPath is null) errors.AddRange(Gan.Validate());
        else if (!File.Exists(PretrainedModelPath)) errors.Add($"PretrainedModelPath '{PretrainedModelPath}' does not exist.");
        if (GenerationBatchSize < 1) errors.Add($"GenerationBatchSize must be ≥ 1, got {GenerationBatchSize}.");
        if (string.IsNullOrWhiteSpace(RealSpectrogramColumnName)) errors.Add("RealSpectrogramColumnName is empty.");
        return errors;
    }
}
