namespace TcWgan.Dsp;

/// <summary>
/// SpecAugment (Park et al. 2019) on a (3, 28, 112) spectrogram image: one time warp, then mF frequency masks and
/// mT time masks. Every channel is warped and masked alike. Inputs are never modified.
/// </summary>
public static class SpecAugment
{
    private const int Channels = Shapes.Channels, Bands = Shapes.MelBands, Frames = Shapes.SpecFrames;
    private const int Plane = Bands * Frames;

    /// <summary>One augmented copy of <paramref name="spectrogram"/> (shape (3, 28, 112)), drawing from <paramref name="rng"/>.</summary>
    public static float[] Apply(float[] spectrogram, SpecAugmentOptions options, Random rng)
    {
        ArgumentNullException.ThrowIfNull(spectrogram);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rng);
        if (spectrogram.Length != Shapes.SpectrogramLength)
            throw new ArgumentException($"Spectrogram holds {spectrogram.Length} values; (3, 28, 112) needs {Shapes.SpectrogramLength}.", nameof(spectrogram));
        options.EnsureValid();

        var image = options.TimeWarp > 0 ? TimeWarp(spectrogram, options.TimeWarp, rng) : (float[])spectrogram.Clone();

        var fill = new float[Channels];                      // per-channel mask value
        if (options.Fill == MaskFill.ChannelMean)
            for (int c = 0; c < Channels; c++)
            {
                double sum = 0;
                for (int i = 0; i < Plane; i++) sum += image[c * Plane + i];
                fill[c] = (float)(sum / Plane);
            }

        for (int m = 0; m < options.FrequencyMasks; m++)
        {
            int f = rng.Next(0, options.FrequencyMaskWidth + 1);
            int f0 = rng.Next(0, Bands - f + 1);
            for (int c = 0; c < Channels; c++)
                for (int row = f0; row < f0 + f; row++)
                    Array.Fill(image, fill[c], c * Plane + row * Frames, Frames);
        }

        int maxT = options.MaxTimeMaskFrames(Frames);
        for (int m = 0; m < options.TimeMasks; m++)
        {
            int t = rng.Next(0, maxT + 1);
            int t0 = rng.Next(0, Frames - t + 1);
            for (int c = 0; c < Channels; c++)
                for (int row = 0; row < Bands; row++)
                    Array.Fill(image, fill[c], c * Plane + row * Frames + t0, t);
        }
        return image;
    }

    /// <summary>
    /// <paramref name="count"/> augmented copies; copy i draws from its own generator seeded by a mix of
    /// (<paramref name="seed"/>, i), so results are reproducible and the first k copies do not depend on count.
    /// </summary>
    public static float[][] Variants(float[] spectrogram, int count, SpecAugmentOptions options, int seed)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "Count must be ≥ 0.");
        var result = new float[count][];
        for (int i = 0; i < count; i++) result[i] = Apply(spectrogram, options, new Random(Seeds.Variant(seed, i)));
        return result;
    }

    /// <summary>
    /// Park et al.'s time warp: an anchor frame w0 ~ U{W+1 … 110−W} moves to w0 + w, w ~ U[−W, W); the two sides are
    /// stretched piecewise-linearly (linear interpolation between frames), so column 0 and column 111 stay fixed.
    /// </summary>
    private static float[] TimeWarp(float[] source, int w, Random rng)
    {
        int anchor = rng.Next(w + 1, Frames - w - 1);
        double target = anchor + (2 * rng.NextDouble() - 1) * w;     // in [1, 110)
        var result = new float[source.Length];
        var src0 = new int[Frames];
        var frac = new float[Frames];
        double last = Frames - 1;
        for (int t = 0; t < Frames; t++)
        {
            double s = t <= target
                ? t * anchor / target
                : anchor + (t - target) * (last - anchor) / (last - target);
            s = Math.Clamp(s, 0, last);
            src0[t] = Math.Min(Frames - 2, (int)Math.Floor(s));
            frac[t] = (float)(s - src0[t]);
        }
        for (int row = 0; row < Channels * Bands; row++)
        {
            int o = row * Frames;
            for (int t = 0; t < Frames; t++)
                result[o + t] = source[o + src0[t]] * (1 - frac[t]) + source[o + src0[t] + 1] * frac[t];
        }
        return result;
    }
}
