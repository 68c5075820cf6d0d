using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TcWgan.MLNet;

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

    /// <summary>Trains Q; returns the fitted chain (its last stage holds the classifier) and the test outcome.</summary>
    public static (TransformerChain<SpectrogramCnnTransformer> Model, ClassificationOutcome Outcome) TrainCnn(
        MLContext ml, IDataView train, IDataView test, StudyProfile profile, int seed, string device)
    {
        var pipeline = ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(SpectrogramRow.Label), keyData: StudyRows.EmotionKeys(ml))
            .Append(ml.MulticlassClassification.Trainers.SpectrogramCnn(new SpectrogramCnnOptions
            {
                Classifier = profile.ClassifierOptionsFor(seed, device),
                FeatureColumnName = nameof(SpectrogramRow.Spectrogram),
                LabelColumnName = LabelKey,
            }));
        var model = pipeline.Fit(train);
        return (model, ClassificationOutcome.Evaluate(ml, model, test, LabelKey));
    }

    /// <summary>Standard ML.NET trainer on the raw spectrogram vector (9,408 values).</summary>
    public static ClassificationOutcome TrainLbfgs(MLContext ml, IDataView train, IDataView test)
    {
        var pipeline = ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(SpectrogramRow.Label), keyData: StudyRows.EmotionKeys(ml))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKey,
                FeatureColumnName = nameof(SpectrogramRow.Spectrogram),
                L2Regularization = 1f,
                MaximumNumberOfIterations = 200,
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
