namespace TcWgan.Experiments.Study;

/// <summary>Accuracy, unweighted average recall, per-class recall and confusion counts on a test set.</summary>
public sealed record ClassificationOutcome(double Accuracy, double Uar, double[] PerClassRecall, int[][] Confusion)
{
    /// <summary>Reads ML.NET's multiclass metrics (key i = emotion i, see <see cref="StudyRows.EmotionKeys"/>).</summary>
    public static ClassificationOutcome From(MulticlassClassificationMetrics metrics)
    {
        var counts = metrics.ConfusionMatrix.Counts;
        var confusion = Enumerable.Range(0, Emotions.Count).Select(i => Enumerable.Range(0, Emotions.Count)
            .Select(j => i < counts.Count && j < counts[i].Count ? (int)Math.Round(counts[i][j]) : 0).ToArray()).ToArray();
        var recall = Enumerable.Range(0, Emotions.Count)
            .Select(i => i < metrics.PerClassLogLoss.Count && confusion[i].Sum() > 0
                ? confusion[i][i] / (double)confusion[i].Sum()
                : 0).ToArray();
        return new ClassificationOutcome(metrics.MicroAccuracy, metrics.MacroAccuracy, recall, confusion);
    }

    /// <summary>Evaluates a fitted pipeline whose label key column is <paramref name="labelKey"/>.</summary>
    public static ClassificationOutcome Evaluate(MLContext ml, ITransformer model, IDataView test, string labelKey) =>
        From(ml.MulticlassClassification.Evaluate(model.Transform(test), labelColumnName: labelKey));
}
