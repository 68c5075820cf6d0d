namespace TcWgan.Demo.Tests;

/// <summary>
/// Normalised-autocorrelation pitch of one analysis window: the shortest lag whose correlation is within 10 % of
/// the best lag's (avoids sub-octave picks); 0 when the best correlation is below 0.3 (unvoiced).
/// </summary>
internal static class PitchEstimate
{
    public static double Hz(ReadOnlySpan<float> x, int sampleRate, int start, int length, double minHz = 60, double maxHz = 500)
    {
        int minLag = (int)(sampleRate / maxHz), maxLag = (int)Math.Ceiling(sampleRate / minHz);
        if (start + length + maxLag > x.Length) return 0;
        var r = new double[maxLag + 1];
        double best = 0;
        for (int lag = minLag; lag <= maxLag; lag++)
        {
            double xy = 0, xx = 0, yy = 0;
            for (int i = start; i < start + length; i++)
            {
                xy += x[i] * (double)x[i + lag];
                xx += x[i] * (double)x[i];
                yy += x[i + lag] * (double)x[i + lag];
            }
            r[lag] = xx > 0 && yy > 0 ? xy / Math.Sqrt(xx * yy) : 0;
            best = Math.Max(best, r[lag]);
        }
        if (best < 0.3) return 0;
        for (int lag = minLag; lag <= maxLag; lag++)
        {
            bool peak = r[lag] >= r[lag - 1] && (lag == maxLag || r[lag] >= r[lag + 1]);
            if (peak && r[lag] >= 0.9 * best) return (double)sampleRate / lag;
        }
        return 0;
    }
}
