using Microsoft.ML;

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
