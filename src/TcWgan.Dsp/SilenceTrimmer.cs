namespace TcWgan.Dsp;

/// <summary>
/// Leading/trailing silence removal by an energy threshold relative to the loudest part of the signal.
/// </summary>
/// <remarks>
/// With E(a, b) the energy of samples [a, b) (samples outside the signal count as zero), w the window and
/// θ = max over full windows of E(n, n + w) · 10^(−threshold/10), the utterance starts at the first sample n with
/// x[n]² ≥ θ/w and E(n, n + w) ≥ θ, and ends after the last sample n with x[n]² ≥ θ/w and E(n + 1 − w, n + 1) ≥ θ:
/// loud samples that open (or close) a loud window. Everything is computed per sample from double prefix sums, so
/// padding a signal with zeros on either side gives exactly the same segment.
/// </remarks>
public static class SilenceTrimmer
{
    /// <summary>
    /// The segment [Start, Start + Length) of <paramref name="pcm"/> that holds the utterance. A silent (all-zero)
    /// signal, or a threshold of 0 dB, keeps the whole buffer.
    /// </summary>
    /// <param name="pcm">Samples, any scale.</param>
    /// <param name="thresholdDb">How far below the loudest window a window may be and still count as sound; 0 = no trim.</param>
    /// <param name="windowSamples">Energy window length w (clamped to the signal length).</param>
    public static (int Start, int Length) Find(ReadOnlySpan<float> pcm, double thresholdDb, int windowSamples)
    {
        if (pcm.Length == 0) throw new ArgumentException("Cannot trim an empty signal.", nameof(pcm));
        if (windowSamples < 1) throw new ArgumentOutOfRangeException(nameof(windowSamples), windowSamples, "Window must be at least 1 sample.");
        if (thresholdDb <= 0) return (0, pcm.Length);

        int length = pcm.Length, w = Math.Min(windowSamples, length);
        var prefix = new double[length + 1];
        for (int i = 0; i < length; i++) prefix[i + 1] = prefix[i] + (double)pcm[i] * pcm[i];
        double Energy(int a, int b) => prefix[Math.Clamp(b, 0, length)] - prefix[Math.Clamp(a, 0, length)];

        double peak = 0;
        for (int n = 0; n + w <= length; n++) peak = Math.Max(peak, Energy(n, n + w));
        if (peak <= 0) return (0, length);
        double threshold = peak * Math.Pow(10, -thresholdDb / 10), sampleThreshold = threshold / w;

        int first = 0;
        while (first < length && !((double)pcm[first] * pcm[first] >= sampleThreshold && Energy(first, first + w) >= threshold)) first++;
        int last = length - 1;
        while (last >= 0 && !((double)pcm[last] * pcm[last] >= sampleThreshold && Energy(last + 1 - w, last + 1) >= threshold)) last--;
        return first <= last ? (first, last + 1 - first) : (0, length);
    }
}
