using MathNet.Numerics.LinearAlgebra;

namespace TcWgan.Metrics;

/// <summary>Sample mean and unbiased sample covariance (divisor n − 1) of a set of feature vectors.</summary>
/// <param name="Mean">μ, length d.</param>
/// <param name="Covariance">Σ, d × d, symmetric.</param>
/// <param name="Count">n, the number of vectors the moments came from.</param>
public sealed record GaussianMoments(Vector<double> Mean, Matrix<double> Covariance, int Count)
{
    /// <summary>Moments of n feature vectors of equal length d (n ≥ 2).</summary>
    /// <param name="features">n rows of d finite values.</param>
    /// <param name="name">How the set is called in error messages.</param>
    public static GaussianMoments From(IReadOnlyList<double[]> features, string name = "features")
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count < 2)
            throw new ArgumentException($"Feature set '{name}' needs at least 2 vectors for a covariance; got {features.Count}.", name);
        int d = features[0]?.Length ?? 0;
        if (d == 0) throw new ArgumentException($"Feature set '{name}' has an empty or null first vector.", name);
        for (int i = 0; i < features.Count; i++)
        {
            double[]? row = features[i];
            if (row is null || row.Length != d)
                throw new ArgumentException(
                    $"Feature set '{name}': vector {i} has length {row?.Length.ToString() ?? "null"}, expected {d}.", name);
            for (int j = 0; j < d; j++)
                if (!double.IsFinite(row[j]))
                    throw new ArgumentException($"Feature set '{name}': vector {i} holds a non-finite value at {j}.", name);
        }

        // X: (n, d); μ = column means; Σ = (X − 1μᵀ)ᵀ(X − 1μᵀ) / (n − 1).
        var x = Matrix<double>.Build.DenseOfRowArrays(features);
        var mean = x.ColumnSums() / features.Count;
        for (int j = 0; j < d; j++)
        {
            double m = mean[j];
            for (int i = 0; i < features.Count; i++) x[i, j] -= m;
        }
        var covariance = x.TransposeThisAndMultiply(x) / (features.Count - 1);
        return new GaussianMoments(mean, covariance, features.Count);
    }
}
