namespace TcWgan.Metrics;

/// <summary>Inception score over splits: the mean and the (population) standard deviation of the per-split scores.</summary>
/// <param name="Mean">Mean of the split scores.</param>
/// <param name="StandardDeviation">Standard deviation of the split scores (divisor = number of splits, as in the reference code).</param>
public readonly record struct InceptionScoreResult(double Mean, double StandardDeviation);

/// <summary>
/// Inception score (Salimans et al. 2016): IS = exp(E_x KL(p(y|x) ‖ p(y))), p(y) = E_x p(y|x), computed on each of
/// <c>splits</c> consecutive chunks of the posteriors. Chunks differ in size by at most one row (every row is used).
/// The posteriors come from whatever classifier judges the images; in this project that is the emotion classifier Q
/// (6 classes), since the shipped ResNet18 model has no classification head (see the README).
/// </summary>
public static class InceptionScore
{
    /// <summary>Tolerance on |Σ_y p(y|x) − 1| for a row to count as a probability vector.</summary>
    public const double SumTolerance = 1e-3;

    /// <summary>IS over <paramref name="splits"/> splits of the rows of <paramref name="probabilities"/>.</summary>
    /// <param name="probabilities">n rows of K class probabilities (non-negative, each row summing to 1).</param>
    /// <param name="splits">Number of chunks (1 ≤ splits ≤ n).</param>
    /// <returns>(mean, sd) of the split scores; 1 ≤ IS ≤ K.</returns>
    public static InceptionScoreResult Compute(double[][] probabilities, int splits = 10)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        int n = probabilities.Length;
        if (n == 0) throw new ArgumentException("Inception score needs at least one probability row.", nameof(probabilities));
        if (splits < 1 || splits > n)
            throw new ArgumentOutOfRangeException(nameof(splits), splits, $"Inception score splits must lie in 1 … {n} (the row count).");
        int k = probabilities[0]?.Length ?? 0;
        if (k < 1) throw new ArgumentException("Inception score: the first probability row is empty or null.", nameof(probabilities));
        for (int i = 0; i < n; i++) CheckRow(probabilities[i], i, k);

        var scores = new double[splits];
        for (int s = 0; s < splits; s++)
        {
            int start = (int)((long)s * n / splits), end = (int)((long)(s + 1) * n / splits);
            scores[s] = SplitScore(probabilities, start, end, k);
        }
        double mean = scores.Average();
        double variance = scores.Sum(v => (v - mean) * (v - mean)) / splits;
        return new InceptionScoreResult(mean, Math.Sqrt(variance));
    }

    // exp(mean over rows start..end−1 of KL(p(y|x) ‖ p(y))), with 0·log 0 = 0.
    private static double SplitScore(double[][] p, int start, int end, int k)
    {
        var marginal = new double[k];
        for (int i = start; i < end; i++)
            for (int y = 0; y < k; y++) marginal[y] += p[i][y];
        for (int y = 0; y < k; y++) marginal[y] /= end - start;
        double kl = 0;
        for (int i = start; i < end; i++)
            for (int y = 0; y < k; y++)
                if (p[i][y] > 0) kl += p[i][y] * Math.Log(p[i][y] / marginal[y]);
        return Math.Exp(kl / (end - start));
    }

    private static void CheckRow(double[]? row, int index, int k)
    {
        if (row is null || row.Length != k)
            throw new ArgumentException(
                $"Inception score: probability row {index} has length {row?.Length.ToString() ?? "null"}, expected {k}.", "probabilities");
        double sum = 0;
        foreach (double v in row)
        {
            if (!double.IsFinite(v) || v < 0)
                throw new ArgumentException($"Inception score: probability row {index} holds an invalid probability {v}.", "probabilities");
            sum += v;
        }
        if (Math.Abs(sum - 1) > SumTolerance)
            throw new ArgumentException($"Inception score: probability row {index} sums to {sum}, not 1.", "probabilities");
    }
}
