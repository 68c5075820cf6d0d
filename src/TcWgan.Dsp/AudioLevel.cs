namespace TcWgan.Dsp;

/// <summary>Signal level, for telling a recording that holds sound from one that holds (near-)silence.</summary>
public static class AudioLevel
{
    /// <summary>
    /// RMS level in dBFS of the loudest window of <paramref name="windowSamples"/> consecutive samples (the whole
    /// signal when it is shorter): 10·log10(max mean square). A full-scale square wave is 0 dBFS, a full-scale sine
    /// −3.01 dBFS; digital silence is −∞.
    /// </summary>
    public static double LoudestWindowDbfs(ReadOnlySpan<float> pcm, int windowSamples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowSamples, 1);
        if (pcm.IsEmpty) return double.NegativeInfinity;
        int w = Math.Min(windowSamples, pcm.Length);
        double sum = 0;
        for (int i = 0; i < w; i++) sum += (double)pcm[i] * pcm[i];
        double loudest = sum;
        for (int i = w; i < pcm.Length; i++)
        {
            sum += (double)pcm[i] * pcm[i] - (double)pcm[i - w] * pcm[i - w];
            if (sum > loudest) loudest = sum;
        }
        return loudest <= 1e-30 * w ? double.NegativeInfinity : 10 * Math.Log10(loudest / w);
    }
}
