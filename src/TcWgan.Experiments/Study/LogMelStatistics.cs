namespace TcWgan.Experiments.Study;

/// <summary>
/// The plain reference features: per mel band, the mean, standard deviation, minimum and maximum over time of the
/// log-mel channel, and the standard deviation of the Δ channel (5 × 28 = 140 values).
/// </summary>
public static class LogMelStatistics
{
    /// <summary>Number of features.</summary>
    public const int Length = 5 * Shapes.MelBands;

    /// <summary>Features of one (3, 28, 112) spectrogram image.</summary>
    public static float[] Of(float[] spectrogram)
    {
        var features = new float[Length];
        const int t = Shapes.SpecFrames;
        for (int band = 0; band < Shapes.MelBands; band++)
        {
            var logMel = spectrogram.AsSpan(band * t, t);
            var delta = spectrogram.AsSpan(Shapes.MelBands * t + band * t, t);
            double mean = 0, min = double.MaxValue, max = double.MinValue;
            foreach (float v in logMel) { mean += v; min = Math.Min(min, v); max = Math.Max(max, v); }
            mean /= t;
            double variance = 0;
            foreach (float v in logMel) variance += (v - mean) * (v - mean);
            double deltaMean = 0;
            foreach (float v in delta) deltaMean += v;
            deltaMean /= t;
            double deltaVariance = 0;
            foreach (float v in delta) deltaVariance += (v - deltaMean) * (v - deltaMean);
            features[band] = (float)mean;
            features[Shapes.MelBands + band] = (float)Math.Sqrt(variance / t);
            features[2 * Shapes.MelBands + band] = (float)min;
            features[3 * Shapes.MelBands + band] = (float)max;
            features[4 * Shapes.MelBands + band] = (float)Math.Sqrt(deltaVariance / t);
        }
        return features;
    }
}
