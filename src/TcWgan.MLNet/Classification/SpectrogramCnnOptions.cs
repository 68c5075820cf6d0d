namespace TcWgan.MLNet;

/// <summary>Options of <c>mlContext.MulticlassClassification.Trainers.SpectrogramCnn</c>: the paper's classifier Q.</summary>
public sealed record SpectrogramCnnOptions
{
    /// <summary>Network and training settings (kind Q / Q16 / VGG16, width, steps, batch, seed, device).</summary>
    public ClassifierOptions Classifier { get; init; } = new();

    /// <summary>Feature column: <c>Vector&lt;Single, 3, 28, 112&gt;</c>.</summary>
    public string FeatureColumnName { get; init; } = Defaults.Spectrogram;

    /// <summary>Label column: <c>Key&lt;UInt32&gt;</c> with at most six values (e.g. from <c>MapValueToKey</c>).</summary>
    public string LabelColumnName { get; init; } = Defaults.Label;

    /// <summary>Added score column: <c>Vector&lt;Single, K&gt;</c> of class probabilities.</summary>
    public string ScoreColumnName { get; init; } = Defaults.Score;

    /// <summary>Added predicted-label column: <c>Key&lt;UInt32, K&gt;</c> with the label's key values.</summary>
    public string PredictedLabelColumnName { get; init; } = Defaults.PredictedLabel;

    /// <summary>
    /// Stops training at the next batch (an <see cref="OperationCanceledException"/> from <c>Fit</c>). ML.NET 5.0.1 keeps
    /// <c>MLContext.CancelExecution</c>'s flag internal, so cancellation comes through this token.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Rows per network call when scoring.</summary>
    public int ScoringBatchSize { get; init; } = 128;

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Classifier.Validate());
        if (ScoringBatchSize < 1) errors.Add($"ScoringBatchSize must be ≥ 1, got {ScoringBatchSize}.");
        if (string.IsNullOrWhiteSpace(FeatureColumnName)) errors.Add("FeatureColumnName is empty.");
        if (string.IsNullOrWhiteSpace(LabelColumnName)) errors.Add("LabelColumnName is empty.");
        if (string.IsNullOrWhiteSpace(ScoreColumnName)) errors.Add("ScoreColumnName is empty.");
        if (string.IsNullOrWhiteSpace(PredictedLabelColumnName)) errors.Add("PredictedLabelColumnName is empty.");
        if (ScoreColumnName == PredictedLabelColumnName) errors.Add($"ScoreColumnName and PredictedLabelColumnName are both '{ScoreColumnName}'.");
        return errors;
    }
}
