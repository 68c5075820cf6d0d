namespace TcWgan.Metrics;

/// <summary>The normalised 1-D Gaussian kernel whose outer product is the SSIM window.</summary>
internal static class GaussianWindow
{
    /// <summary>
    /// Weights g[k] ∝ exp(−(k − r)² / 2σ²), k = 0 … size−1, r = size / 2, summing to 1.
    /// The 2-D window is w[i, j] = g[i]·g[j] (also summing to 1).
    /// </summary>
    public static double[] Create(int size, double sigma)
    {
        var g = new double[size];
        int r = size / 2;
        double sum = 0;
        for (int k = 0; k < size; k++)
        {
            double d = k - r;
            g[k] = Math.Exp(-d * d / (2 * sigma * sigma));
            sum += g[k];
        }
        for (int k = 0; k < size; k++) g[k] /= sum;
        return g;
    }
}
