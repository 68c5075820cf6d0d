namespace TcWgan.Metrics;

/// <summary>
/// Structural similarity index (Wang, Bovik, Sheikh, Simoncelli 2004) on channel-first images stored as flat
/// <c>float[]</c> (C, H, W), row-major.
/// </summary>
/// <remarks>
/// For every window position the local statistics are Gaussian-weighted (window w, Σw = 1):
/// μx = Σ w·x, σx² = Σ w·x² − μx², σxy = Σ w·x·y − μx·μy, and
/// SSIM = (2μxμy + C1)(2σxy + C2) / ((μx² + μy² + C1)(σx² + σy² + C2)), C1 = (K1·L)², C2 = (K2·L)², L = data range.
/// Only 'valid' window positions are used (the window lies wholly inside the image, as in the authors'
/// <c>filter2(..., 'valid')</c> reference code): an H × W channel gives (H − 10) × (W − 10) positions for the 11×11
/// window, so an image must be at least 11 × 11. The score is the mean over those positions, then over channels,
/// then (for <see cref="Mean(IReadOnlyList{float[]}, IReadOnlyList{float[]}, int, int, int, double, SsimOptions?)"/>) over the batch.
/// The data range L is explicit: 2 for spectrogram images in [−1, 1], 1 for faces in [0, 1].
/// </remarks>
public static class Ssim
{
    /// <summary>SSIM of two images of shape (channels, height, width), averaged over channels.</summary>
    /// <param name="a">First image, flat CHW, length channels·height·width.</param>
    /// <param name="b">Second image, same shape.</param>
    /// <param name="channels">C.</param>
    /// <param name="height">H (at least the window size).</param>
    /// <param name="width">W (at least the window size).</param>
    /// <param name="dataRange">L, the span of possible pixel values (max − min), e.g. 2 for [−1, 1].</param>
    /// <param name="options">Window and constants; <see cref="SsimOptions.Default"/> when null.</param>
    /// <returns>Mean SSIM in [−1, 1]; exactly 1 for identical images.</returns>
    public static double Compute(float[] a, float[] b, int channels, int height, int width, double dataRange,
        SsimOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        options ??= SsimOptions.Default;
        CheckArguments(channels, height, width, dataRange, options);
        int plane = height * width;
        CheckImage(a, channels * plane, nameof(a));
        CheckImage(b, channels * plane, nameof(b));
        double[] g = GaussianWindow(options.WindowSize, options.Sigma);
        double c1 = Square(options.K1 * dataRange), c2 = Square(options.K2 * dataRange);
        double total = 0;
        for (int c = 0; c < channels; c++)
            total += Channel(a.AsSpan(c * plane, plane), b.AsSpan(c * plane, plane), height, width, g, c1, c2);
        return total / channels;
    }

    /// <summary>Mean SSIM over a batch of image pairs (a[i] against b[i]), each of shape (channels, height, width).</summary>
    /// <returns>The batch mean of <see cref="Compute"/>.</returns>
    public static double Mean(IReadOnlyList<float[]> a, IReadOnlyList<float[]> b, int channels, int height, int width,
        double dataRange, SsimOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
            throw new ArgumentException($"SSIM batches differ in size: {a.Count} against {b.Count} images.", nameof(b));
        if (a.Count == 0) throw new ArgumentException("SSIM needs at least one image pair.", nameof(a));
        double sum = 0;
        for (int i = 0; i < a.Count; i++)
            sum += Compute(a[i], b[i], channels, height, width, dataRange, options);
        return sum / a.Count;
    }

    /// <summary>Mean SSIM over a flat batch: a and b hold <paramref name="batch"/> images of shape (C, H, W) back to back.</summary>
    public static double Mean(float[] a, float[] b, int batch, int channels, int height, int width, double dataRange,
        SsimOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (batch < 1) throw new ArgumentOutOfRangeException(nameof(batch), batch, "SSIM batch size must be at least 1.");
        int length = checked(channels * height * width);
        if (a.Length != batch * length || b.Length != batch * length)
            throw new ArgumentException(
                $"SSIM batch of {batch} × ({channels}, {height}, {width}) needs {batch * length} floats; got {a.Length} and {b.Length}.");
        float[][] Images(float[] flat) => [.. Enumerable.Range(0, batch).Select(i => flat[(i * length)..((i + 1) * length)])];
        return Mean(Images(a), Images(b), channels, height, width, dataRange, options);
    }

    // One channel (H, W): mean SSIM over the valid window positions, using the separable window g ⊗ g.
    private static double Channel(ReadOnlySpan<float> x, ReadOnlySpan<float> y, int height, int width, double[] g,
        double c1, double c2)
    {
        int k = g.Length;
        int outH = height - k + 1, outW = width - k + 1;
        // Horizontal pass over rows: (H, outW) for each of x, y, x², y², xy.
        var hx = new double[height * outW];
        var hy = new double[height * outW];
        var hxx = new double[height * outW];
        var hyy = new double[height * outW];
        var hxy = new double[height * outW];
        for (int r = 0; r < height; r++)
        for (int c = 0; c < outW; c++)
        {
            double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            for (int t = 0; t < k; t++)
            {
                double w = g[t], xv = x[r * width + c + t], yv = y[r * width + c + t];
                sx += w * xv; sy += w * yv; sxx += w * xv * xv; syy += w * yv * yv; sxy += w * xv * yv;
            }
            int o = r * outW + c;
            hx[o] = sx; hy[o] = sy; hxx[o] = sxx; hyy[o] = syy; hxy[o] = sxy;
        }
        // Vertical pass: (outH, outW) window statistics, then the SSIM map averaged.
        double total = 0;
        for (int r = 0; r < outH; r++)
        for (int c = 0; c < outW; c++)
        {
            double mx = 0, my = 0, exx = 0, eyy = 0, exy = 0;
            for (int t = 0; t < k; t++)
            {
                double w = g[t];
                int o = (r + t) * outW + c;
                mx += w * hx[o]; my += w * hy[o]; exx += w * hxx[o]; eyy += w * hyy[o]; exy += w * hxy[o];
            }
            double vx = exx - mx * mx, vy = eyy - my * my, cxy = exy - mx * my;
            total += (2 * mx * my + c1) * (2 * cxy + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
        }
        return total / (outH * outW);
    }

    /// <summary>
    /// The normalised 1-D Gaussian kernel whose outer product is the SSIM window: weights
    /// g[k] ∝ exp(−(k − r)² / 2σ²), k = 0 … size−1, r = size / 2, summing to 1.
    /// The 2-D window is w[i, j] = g[i]·g[j] (also summing to 1).
    /// </summary>
    private static double[] GaussianWindow(int size, double sigma)
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

    private static void CheckArguments(int channels, int height, int width, double dataRange, SsimOptions options)
    {
        options.EnsureValid();
        if (channels < 1) throw new ArgumentOutOfRangeException(nameof(channels), channels, "SSIM needs at least one channel.");
        if (height < options.WindowSize || width < options.WindowSize)
            throw new ArgumentException(
                $"SSIM uses only 'valid' {options.WindowSize}×{options.WindowSize} windows, so images must be at least that large; got {height}×{width}.");
        if (!(dataRange > 0) || double.IsInfinity(dataRange))
            throw new ArgumentOutOfRangeException(nameof(dataRange), dataRange, "SSIM data range must be a finite positive number.");
    }

    private static void CheckImage(float[] image, int expected, string name)
    {
        if (image.Length != expected)
            throw new ArgumentException($"SSIM image '{name}' has {image.Length} floats; the given shape needs {expected}.", name);
        for (int i = 0; i < image.Length; i++)
            if (!float.IsFinite(image[i]))
                throw new ArgumentException($"SSIM image '{name}' holds a non-finite value ({image[i]}) at index {i}.", name);
    }

    private static double Square(double v) => v * v;
}
