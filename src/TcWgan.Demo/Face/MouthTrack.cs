namespace TcWgan.Demo;

/// <summary>
/// Drives the mouth from the voice: the RMS level of the audio around each video frame, in dB, mapped linearly
/// from 30 dB below the clip's loudest frame (closed) to that frame (fully open).
/// </summary>
public static class MouthTrack
{
    /// <summary>Level range mapped onto 0…1 opening.</summary>
    public const double RangeDb = 30;

    /// <summary>
    /// RMS of the samples in a two-frame window centred on each video frame: one value per frame,
    /// frame count = round(duration · frameRate).
    /// </summary>
    public static double[] FrameEnvelope(ReadOnlySpan<float> samples, int sampleRate, int frameRate)
    {
        if (sampleRate <= 0 || frameRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate), "Rates must be positive.");
        int frames = (int)Math.Round((double)samples.Length * frameRate / sampleRate);
        var env = new double[frames];
        double hop = (double)sampleRate / frameRate;
        for (int k = 0; k < frames; k++)
        {
            double centre = (k + 0.5) * hop;
            int a = Math.Max(0, (int)(centre - hop)), b = Math.Min(samples.Length, (int)(centre + hop));
            double sum = 0;
            for (int i = a; i < b; i++) sum += samples[i] * (double)samples[i];
            env[k] = Math.Sqrt(sum / Math.Max(1, b - a));
        }
        return env;
    }

    /// <summary>Mouth opening per video frame in [0, 1] from the audio's own level.</summary>
    public static double[] Opening(ReadOnlySpan<float> samples, int sampleRate, int frameRate)
    {
        var env = FrameEnvelope(samples, sampleRate, frameRate);
        double peakDb = double.NegativeInfinity;
        foreach (double v in env) peakDb = Math.Max(peakDb, 20 * Math.Log10(v + 1e-9));
        var open = new double[env.Length];
        for (int k = 0; k < env.Length; k++)
        {
            double db = 20 * Math.Log10(env[k] + 1e-9);
            open[k] = Math.Clamp((db - (peakDb - RangeDb)) / RangeDb, 0, 1);
        }
        return open;
    }
}
