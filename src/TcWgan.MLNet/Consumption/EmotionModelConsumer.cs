namespace TcWgan.MLNet;

/// <summary>
/// Loads a saved emotion model .zip and predicts single clips, like the consume code Model Builder generates
/// (<c>MLModel.Predict(input)</c>), without static state: create one, call <see cref="Predict"/>, dispose it.
/// Thread-safe (predictions are serialised, as one <see cref="PredictionEngine{TSrc,TDst}"/> is not).
/// </summary>
/// <example><code>
/// using var model = new EmotionModelConsumer("aer.zip");
/// ModelOutput output = model.Predict(new ModelInput { AudioPath = "clip.wav" });
/// Console.WriteLine(output.PredictedEmotion);
/// </code></example>
public sealed class EmotionModelConsumer : IDisposable
{
    private readonly ITransformer _model;
    private readonly PredictionEngine<ModelInput, ModelOutput> _engine;
    private readonly Lock _gate = new();

    /// <summary>Loads <paramref name="modelPath"/> (registering the TcWgan loaders first).</summary>
    /// <param name="modelPath">A .zip written by <c>mlContext.Model.Save</c>.</param>
    /// <param name="seed">Seed of the consumer's <see cref="MLContext"/>.</param>
    public EmotionModelConsumer(string modelPath, int seed = 1)
    {
        if (!File.Exists(modelPath)) throw new FileNotFoundException($"Model file '{modelPath}' not found.", modelPath);
        var ml = new MLContext(seed);
        TcWganMLNet.Register(ml);
        _model = ml.Model.Load(modelPath, out _);
        _engine = ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(_model);
        Labels = ScoreNames(_engine.OutputSchema);
    }

    /// <summary>The emotion of each <see cref="ModelOutput.Score"/> slot (the model's label key values, in key order).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>
    /// Every emotion with its score, best first, as Model Builder's generated <c>PredictAllLabels</c> does.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, float>> PredictAllLabels(ModelInput input)
    {
        var scores = Predict(input).Score;
        if (scores.Length != Labels.Count)
            throw new InvalidOperationException($"The model scored {scores.Length} classes but names {Labels.Count}.");
        return Labels.Select((label, i) => KeyValuePair.Create(label, scores[i])).OrderByDescending(p => p.Value).ToList();
    }

    private static IReadOnlyList<string> ScoreNames(Microsoft.ML.DataViewSchema schema)
    {
        var score = schema.GetColumnOrNull(Defaults.Score)
            ?? throw new InvalidOperationException($"The model has no '{Defaults.Score}' column; is it a multiclass emotion model?");
        if (score.Annotations.Schema.GetColumnOrNull("SlotNames") is null)
            throw new InvalidOperationException($"The model's '{Defaults.Score}' column has no slot names (train it on a key label with key values).");
        VBuffer<ReadOnlyMemory<char>> names = default;
        score.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>Predicts the emotion of one clip.</summary>
    public ModelOutput Predict(ModelInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        lock (_gate) return _engine.Predict(input);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _engine.Dispose();
        (_model as IDisposable)?.Dispose();
    }
}
