namespace TcWgan.Experiments.Results;

/// <summary>Mean and sample standard deviation of a value over seeds.</summary>
public readonly record struct MeanSd(double Mean, double Sd, int Count)
{
    /// <summary>Mean ± sd of the values; sd is 0 for a single value.</summary>
    public static MeanSd Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return new MeanSd(double.NaN, double.NaN, 0);
        double mean = values.Average();
        double sd = values.Count > 1
            ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1))
            : 0;
        return new MeanSd(mean, sd, values.Count);
    }

    /// <summary>"m ± s" with the given format, or "—" when there is no value.</summary>
    public string Format(string format = "0.000", double scale = 1) =>
        Count == 0 ? "—" : $"{(Mean * scale).ToString(format)} ± {(Sd * scale).ToString(format)}";
}

/// <summary>One row of the report: every seed's results aggregated.</summary>
public sealed record RowSummary(
    string Row,
    int Seeds,
    MeanSd Accuracy,
    MeanSd Uar,
    double[] PerClassRecall,
    MeanSd MlnetAccuracy,
    MeanSd FidResNet18,
    MeanSd FidEmotion,
    MeanSd Is,
    MeanSd Ssim,
    MeanSd TrainingSeconds,
    int[][] Confusion)
{
    /// <summary>Aggregates the results of one row over seeds.</summary>
    public static RowSummary Of(string row, IReadOnlyList<RowResult> results)
    {
        static MeanSd Opt(IEnumerable<double?> values) => MeanSd.Of(values.Where(v => v.HasValue).Select(v => v!.Value).ToList());
        int classes = results[0].PerClassRecall.Length;
        var recall = Enumerable.Range(0, classes).Select(c => results.Average(r => r.PerClassRecall[c])).ToArray();
        var confusion = Enumerable.Range(0, classes)
            .Select(i => Enumerable.Range(0, classes).Select(j => results.Sum(r => r.Confusion[i][j])).ToArray()).ToArray();
        return new RowSummary(row, results.Count,
            MeanSd.Of(results.Select(r => r.Accuracy).ToList()),
            MeanSd.Of(results.Select(r => r.Uar).ToList()),
            recall,
            Opt(results.Select(r => r.MlnetAccuracy)),
            Opt(results.Select(r => r.FidResNet18)),
            Opt(results.Select(r => r.FidEmotion)),
            Opt(results.Select(r => r.IsMean)),
            Opt(results.Select(r => r.Ssim)),
            Opt(results.Select(r => r.GeneratorTrainingSeconds)),
            confusion);
    }
}
