namespace TcWgan.Experiments.Study;

/// <summary>
/// The plain reference features: per mel band, the mean, standard deviation, minimum and maximum over time of the
/// log-mel channel, and the standard deviation of the Δ channel (5 × 28 = 140 values).
/// </summary>
public static class LogMelStatistics
{
    /// <summary>Number of features: mean, sd, min and max of each band's log-mel row, and the sd of its delta row.</summary>
    public const int Length = 5 * Shapes.MelBands;

    /// <summary>Features of one (3, 28, 112) spectrogram image.</summary>
    public static float[] Of(float[] spectrogram)
    {
        var features = new float[Length];
        const int t = Shapes.SpecFrames;
        for (int band = 0; band < Shapes.MelBands; band++)
        {
            var logMel = spectrogram.AsSpan(band * t, t);
            var (mean, sd) = Moments(logMel);
            double min = double.MaxValue, max = double.MinValue;
            foreach (float v in logMel) { min = Math.Min(min, v); max = Math.Max(max, v); }
            features[band] = (float)mean;
            features[Shapes.MelBands + band] = (float)sd;
            features[2 * Shapes.MelBands + band] = (float)min;
            features[3 * Shapes.MelBands + band] = (float)max;
            features[4 * Shapes.MelBands + band] = (float)Moments(spectrogram.AsSpan(Shapes.MelBands * t + band * t, t)).Sd;
        }
        return features;

        // Mean and population standard deviation over one band's frames: two passes, summed in frame order.
        static (double Mean, double Sd) Moments(ReadOnlySpan<float> row)
        {
            double mean = 0, variance = 0;
            foreach (float v in row) mean += v;
            mean /= row.Length;
            foreach (float v in row) variance += (v - mean) * (v - mean);
            return (mean, Math.Sqrt(variance / row.Length));
        }
    }
}
