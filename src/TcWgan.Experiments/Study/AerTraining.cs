using Microsoft.ML.Trainers;

namespace TcWgan.Experiments.Study;

/// <summary>
/// The audio emotion classifiers of every row, as a user would build them with ML.NET: <c>MapValueToKey</c> →
/// trainer on the spectrogram column. The CNN Q (the paper's classifier, <c>SpectrogramCnn</c>) and the standard
/// <c>LbfgsMaximumEntropy</c> are trained on the same training view and tested on the real-only test view.
/// </summary>
public static class AerTraining
{
    private const string LabelKey = "LabelKey";
    private const string Features = "Features";

    /// <summary>
    /// Trains Q on <paramref name="train"/>, keeping the epoch that does best on <paramref name="validation"/> (when given);
    /// returns the fitted chain: label → key, then the classifier (its last stage).
    /// </summary>
    public static TransformerChain<ITransformer> TrainCnn(MLContext ml, IDataView train, IDataView? validation, ClassifierOptions options)
    {
        var keys = ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(SpectrogramRow.Label), keyData: StudyRows.EmotionKeys(ml)).Fit(train);
        var trainer = ml.MulticlassClassification.Trainers.SpectrogramCnn(new SpectrogramCnnOptions
        {
            Classifier = options,
            FeatureColumnName = nameof(SpectrogramRow.Spectrogram),
            LabelColumnName = LabelKey,
        });
        var cnn = trainer.Fit(keys.Transform(train), validation is null ? null : keys.Transform(validation));
        return new TransformerChain<ITransformer>(keys, cnn);
    }

    /// <summary>
    /// Writes the per-epoch history of the CNN at the end of <paramref name="chain"/> (as <see cref="TrainCnn"/> returns
    /// it) to a CSV: learning rate, training loss and accuracy, validation loss and accuracy, and which epoch was kept.
    /// </summary>
    public static void WriteEpochs(string path, TransformerChain<ITransformer> chain)
    {
        var classifier = ((SpectrogramCnnTransformer)chain.LastTransformer).Classifier;
        var text = new System.Text.StringBuilder().AppendLine("epoch,learning_rate,train_loss,train_accuracy,validation_loss,validation_accuracy,kept");
        var c = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var e in classifier.History)
            text.AppendLine(string.Join(',', (e.Epoch + 1).ToString(c), e.LearningRate.ToString("G6", c), e.TrainLoss.ToString("F4", c),
                e.TrainAccuracy.ToString("F4", c), e.ValidationLoss?.ToString("F4", c) ?? "", e.ValidationAccuracy?.ToString("F4", c) ?? "",
                e.Epoch == classifier.SelectedEpoch ? "1" : "0"));
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>Accuracy, UAR, recalls and confusion of a fitted chain on the test rows.</summary>
    public static ClassificationOutcome Evaluate(MLContext ml, ITransformer model, IDataView test) =>
        ClassificationOutcome.Evaluate(ml, model, test, LabelKey);

    /// <summary>Standard ML.NET trainer on the raw spectrogram vector (9,408 values), at most <paramref name="iterations"/> L-BFGS iterations.</summary>
    public static ClassificationOutcome TrainLbfgs(MLContext ml, IDataView train, IDataView test, int iterations)
    {
        var pipeline = ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(SpectrogramRow.Label), keyData: StudyRows.EmotionKeys(ml))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKey,
                FeatureColumnName = nameof(SpectrogramRow.Spectrogram),
                L2Regularization = 1f,
                MaximumNumberOfIterations = iterations,
            }));
        return ClassificationOutcome.Evaluate(ml, pipeline.Fit(train), test, LabelKey);
    }

    /// <summary>The simple reference: log-mel summary statistics, normalised, then LbfgsMaximumEntropy.</summary>
    public static ClassificationOutcome TrainLogMelStatistics(MLContext ml, IDataView train, IDataView test)
    {
        var pipeline = ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(SpectrogramRow.Label), keyData: StudyRows.EmotionKeys(ml))
            .Append(ml.Transforms.CustomMapping<SpectrogramRow, StatisticsRow>(
                (row, stats) => stats.Features = LogMelStatistics.Of(row.Spectrogram), contractName: null))
            .Append(ml.Transforms.NormalizeMeanVariance(Features))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(labelColumnName: LabelKey, featureColumnName: Features));
        return ClassificationOutcome.Evaluate(ml, pipeline.Fit(train), test, LabelKey);
    }

    private sealed class StatisticsRow
    {
        [Microsoft.ML.Data.VectorType(LogMelStatistics.Length)]
        public float[] Features { get; set; } = [];
    }
}
