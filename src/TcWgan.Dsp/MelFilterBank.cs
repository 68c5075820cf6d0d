using NWaves.Filters.Fda;
using NWaves.Utils;

namespace TcWgan.Dsp;

/// <summary>
/// Triangular mel filter bank from NWaves (<see cref="FilterBanks.MelBands"/> + <see cref="FilterBanks.Triangular"/>,
/// mel = 1127·ln(1 + f/700)), plus its non-negative pseudo-inverse for <see cref="MelInverter"/>. Immutable.
/// </summary>
public sealed class MelFilterBank
{
    /// <summary>Pseudo-inverse Mᵀ(MMᵀ + λI)⁻¹, shape (fftSize/2 + 1, bands), λ = 1e-6·trace(MMᵀ)/bands.</summary>
    private readonly Lazy<float[][]> _pseudoInverse;

    /// <summary>Builds the bank for one FFT size.</summary>
    public MelFilterBank(int bands, int fftSize, int sampleRate, double lowHz, double highHz)
    {
        if (bands < 1) throw new ArgumentOutOfRangeException(nameof(bands), bands, "Need at least one band.");
        if (fftSize < 2) throw new ArgumentOutOfRangeException(nameof(fftSize), fftSize, "FFT size must be at least 2.");
        var edges = FilterBanks.MelBands(bands, sampleRate, lowHz, highHz, overlap: true);
        Weights = FilterBanks.Triangular(fftSize, sampleRate, edges, null, Scale.HerzToMel);
        _pseudoInverse = new Lazy<float[][]>(ComputePseudoInverse);
    }

    /// <summary>Weights, shape (bands, fftSize/2 + 1); do not modify.</summary>
    public float[][] Weights { get; }

    /// <summary>Band energies of one power spectrum (fftSize/2 + 1 bins) into <paramref name="bandEnergies"/>.</summary>
    public void Apply(float[] powerSpectrum, float[] bandEnergies) => FilterBanks.Apply(Weights, powerSpectrum, bandEnergies);

    /// <summary>
    /// A power spectrum (fftSize/2 + 1 bins, clamped ≥ 0) whose band energies approximate <paramref name="bandEnergies"/>.
    /// </summary>
    public void Invert(ReadOnlySpan<double> bandEnergies, Span<double> powerSpectrum)
    {
        var pinv = _pseudoInverse.Value;
        if (bandEnergies.Length != Weights.Length) throw new ArgumentException($"Expected {Weights.Length} band energies, got {bandEnergies.Length}.");
        if (powerSpectrum.Length != pinv.Length) throw new ArgumentException($"Expected {pinv.Length} spectrum bins, got {powerSpectrum.Length}.");
        for (int k = 0; k < pinv.Length; k++)
        {
            double s = 0;
            var row = pinv[k];
            for (int b = 0; b < row.Length; b++) s += row[b] * bandEnergies[b];
            powerSpectrum[k] = Math.Max(0, s);
        }
    }

    private float[][] ComputePseudoInverse()
    {
        int bands = Weights.Length, bins = Weights[0].Length;
        // A = M Mᵀ (bands × bands), regularised, then Cholesky A = L Lᵀ.
        var a = new double[bands, bands];
        for (int i = 0; i < bands; i++)
            for (int j = 0; j <= i; j++)
            {
                double s = 0;
                for (int k = 0; k < bins; k++) s += (double)Weights[i][k] * Weights[j][k];
                a[i, j] = a[j, i] = s;
            }
        double trace = 0;
        for (int i = 0; i < bands; i++) trace += a[i, i];
        double lambda = Math.Max(1e-12, 1e-6 * trace / bands);
        for (int i = 0; i < bands; i++) a[i, i] += lambda;
        var l = Cholesky(a, bands);

        // Solve A·C = M column by column (C: bands × bins); pinv = Cᵀ.
        var pinv = new float[bins][];
        var y = new double[bands];
        for (int k = 0; k < bins; k++)
        {
            for (int i = 0; i < bands; i++)
            {
                double s = Weights[i][k];
                for (int j = 0; j < i; j++) s -= l[i, j] * y[j];
                y[i] = s / l[i, i];
            }
            var c = new double[bands];
            for (int i = bands - 1; i >= 0; i--)
            {
                double s = y[i];
                for (int j = i + 1; j < bands; j++) s -= l[j, i] * c[j];
                c[i] = s / l[i, i];
            }
            pinv[k] = Array.ConvertAll(c, v => (float)v);
        }
        return pinv;
    }

    private static double[,] Cholesky(double[,] a, int n)
    {
        var l = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
            {
                double s = a[i, j];
                for (int k = 0; k < j; k++) s -= l[i, k] * l[j, k];
                if (i == j)
                {
                    if (s <= 0) throw new InvalidOperationException("Mel filter bank Gram matrix is not positive definite.");
                    l[i, i] = Math.Sqrt(s);
                }
                else l[i, j] = s / l[j, j];
            }
        return l;
    }
}
