using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace TcWgan.Metrics;

/// <summary>
/// Fréchet distance between two Gaussians fitted to feature sets:
/// d² = ‖μ1 − μ2‖² + Tr(Σ1 + Σ2 − 2(Σ1Σ2)^½).
/// Works on any features: ResNet18 features (<see cref="Fid"/>), or an emotion classifier's penultimate layer
/// (a Fréchet Audio Distance-style score).
/// </summary>
/// <remarks>
/// Tr (Σ1Σ2)^½ is computed as Σ √λi over the eigenvalues λi of the symmetric positive semi-definite matrix
/// Σ1^½ Σ2 Σ1^½, which is similar to Σ1Σ2 (same eigenvalues); both eigen-decompositions are MathNet's symmetric EVD.
/// Tiny negative eigenvalues from rounding are treated as 0. The result is clamped at 0.
/// </remarks>
public static class FrechetDistance
{
    /// <summary>Fréchet distance between the Gaussians fitted to two feature sets (rows = vectors, same length).</summary>
    public static double Compute(IReadOnlyList<double[]> features1, IReadOnlyList<double[]> features2)
    {
        var m1 = GaussianMoments.From(features1, nameof(features1));
        var m2 = GaussianMoments.From(features2, nameof(features2));
        return FromMoments(m1, m2);
    }

    /// <summary>Fréchet distance between N(μ1, Σ1) and N(μ2, Σ2) given by their moments; Σ symmetric positive semi-definite.</summary>
    public static double FromMoments(GaussianMoments first, GaussianMoments second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (mean1, covariance1, mean2, covariance2) = (first.Mean, first.Covariance, second.Mean, second.Covariance);
        int d = mean1.Count;
        if (mean2.Count != d || covariance1.RowCount != d || covariance1.ColumnCount != d ||
            covariance2.RowCount != d || covariance2.ColumnCount != d)
            throw new ArgumentException(
                $"Fréchet distance: dimensions disagree (μ1 {mean1.Count}, μ2 {mean2.Count}, " +
                $"Σ1 {covariance1.RowCount}×{covariance1.ColumnCount}, Σ2 {covariance2.RowCount}×{covariance2.ColumnCount}).");

        double meanTerm = (mean1 - mean2).DotProduct(mean1 - mean2);
        var root1 = SymmetricSqrt(covariance1);
        var middle = root1 * covariance2 * root1;
        double traceSqrt = SymmetricEigenvalues(middle).Sum(l => Math.Sqrt(Math.Max(l, 0)));
        double distance = meanTerm + covariance1.Trace() + covariance2.Trace() - 2 * traceSqrt;
        return Math.Max(distance, 0);
    }

    /// <summary>A^½ = V diag(√max(λ, 0)) Vᵀ for symmetric A (symmetrised first against rounding).</summary>
    internal static Matrix<double> SymmetricSqrt(Matrix<double> a)
    {
        var evd = Symmetrise(a).Evd(Symmetricity.Symmetric);
        var v = evd.EigenVectors;
        var roots = Vector<double>.Build.Dense(a.RowCount, i => Math.Sqrt(Math.Max(evd.EigenValues[i].Real, 0)));
        return v * Matrix<double>.Build.DenseOfDiagonalVector(roots) * v.Transpose();
    }

    private static IEnumerable<double> SymmetricEigenvalues(Matrix<double> a) =>
        Symmetrise(a).Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real);

    private static Matrix<double> Symmetrise(Matrix<double> a) => (a + a.Transpose()) * 0.5;
}

/// <summary>
/// Fréchet Inception-style distance between real and generated spectrogram images. The paper uses Inception-v3
/// pool features; this project uses 512-d ResNet18 features (<see cref="ResNet18Features"/>), so absolute values
/// are not comparable to the paper's, only rankings between systems measured the same way (see the README).
/// </summary>
public static class Fid
{
    /// <summary>FID between two sets of image features (rows = images, e.g. 512-d ResNet18 features).</summary>
    /// <returns>‖μ1 − μ2‖² + Tr(Σ1 + Σ2 − 2(Σ1Σ2)^½), ≥ 0; 0 for identical sets.</returns>
    public static double Compute(double[][] features1, double[][] features2) =>
        FrechetDistance.Compute(features1, features2);

    /// <summary>FID between two sets of spectrogram images, each (3, 28, 112) in [−1, 1], through <paramref name="extractor"/>.</summary>
    public static double Compute(ResNet18Features extractor, IReadOnlyList<float[]> images1, IReadOnlyList<float[]> images2)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return FrechetDistance.Compute(extractor.Extract(images1), extractor.Extract(images2));
    }
}
