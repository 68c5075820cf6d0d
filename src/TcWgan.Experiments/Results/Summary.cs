namespace TcWgan.Experiments.Results;

/// <summary>Mean and sample standard deviation of a value over seeds (and folds).</summary>
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

/// <summary>
/// A mean difference with its two-sided 95 % confidence interval (Student's t over the paired differences:
/// mean ± t₀.₉₇₅,ₙ₋₁ · sd / √n); NaN bounds with one pair.
/// </summary>
public readonly record struct Difference(double Mean, double Low, double High, int Pairs)
{
    /// <summary>The mean of <paramref name="differences"/> and its interval.</summary>
    public static Difference Of(IReadOnlyList<double> differences)
    {
        var m = MeanSd.Of(differences);
        if (m.Count < 2) return new Difference(m.Mean, double.NaN, double.NaN, m.Count);
        double half = StudentT.Quantile975(m.Count - 1) * m.Sd / Math.Sqrt(m.Count);
        return new Difference(m.Mean, m.Mean - half, m.Mean + half, m.Count);
    }

    /// <summary>True when the interval excludes 0 (written to report.json as <c>significant</c>).</summary>
    public bool Significant => Pairs >= 2 && (Low > 0 || High < 0);

    /// <summary>"+1.2 [−0.3, +2.7]" in the given scale, or "—".</summary>
    public string Format(double scale = 100) => Pairs == 0 ? "—"
        : Pairs < 2 ? $"{Mean * scale:+0.0;−0.0;0.0}"
        : $"{Mean * scale:+0.0;−0.0;0.0} [{Low * scale:+0.0;−0.0;0.0}, {High * scale:+0.0;−0.0;0.0}]";
}

/// <summary>The 0.975 quantile of Student's t distribution (exact table to 30 degrees of freedom, then a series).</summary>
public static class StudentT
{
    private static readonly double[] Table =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>t₀.₉₇₅ with <paramref name="degrees"/> ≥ 1 degrees of freedom.</summary>
    public static double Quantile975(int degrees)
    {
        if (degrees < 1) throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "At least one degree of freedom.");
        if (degrees <= Table.Length) return Table[degrees - 1];
        const double z = 1.959964;
        double n = degrees;
        return z + (z * z * z + z) / (4 * n) + (5 * Math.Pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * n * n); // Cornish–Fisher
    }
}

/// <summary>One row of the report: every (fold, seed) result aggregated.</summary>
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
    MeanSd Cas,
    MeanSd TrainingSeconds,
    int[][] Confusion,
    Difference VersusRealOnly)
{
    /// <summary>
    /// Aggregates the results of one row over folds and seeds; <paramref name="realOnly"/> are the real-only row's
    /// results, paired with these by (fold, seed) for <see cref="VersusRealOnly"/>.
    /// </summary>
    public static RowSummary Of(string row, IReadOnlyList<RowResult> results, IReadOnlyList<RowResult>? realOnly = null)
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
            Opt(results.Select(r => r.Cas)),
            Opt(results.Select(r => r.GeneratorTrainingSeconds)),
            confusion,
            Paired(results, realOnly));
    }

    private static Difference Paired(IReadOnlyList<RowResult> results, IReadOnlyList<RowResult>? baseline)
    {
        if (baseline is null) return new Difference(double.NaN, double.NaN, double.NaN, 0);
        var byKey = baseline.ToDictionary(r => (r.Fold, r.Seed), r => r.Accuracy);
        var differences = results.Where(r => byKey.ContainsKey((r.Fold, r.Seed)))
            .Select(r => r.Accuracy - byKey[(r.Fold, r.Seed)]).ToList();
        return Difference.Of(differences);
    }
}
