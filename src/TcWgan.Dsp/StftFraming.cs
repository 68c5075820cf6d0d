using NWaves.Utils;

namespace TcWgan.Dsp;

/// <summary>
/// How a signal of a given length is cut into exactly <c>Frames</c> STFT frames.
/// </summary>
/// <remarks>
/// hop = max(MinHopSamples, ⌈L / Frames⌉), window = max(MinWindowSamples, 2·hop) (so neighbouring frames always overlap by at least
/// half a window), FFT size = next power of two ≥ window. The signal is centred in a zero buffer of
/// (Frames − 1)·hop + window samples, so frame i is centred on sample i·hop + window/2 of that buffer and the
/// Frames frames together span the whole signal.
/// </remarks>
/// <param name="SignalLength">L, samples of the (trimmed) signal.</param>
/// <param name="Hop">Samples between frame starts.</param>
/// <param name="Window">Hann window length.</param>
/// <param name="FftSize">FFT length (power of two ≥ Window).</param>
/// <param name="PaddedLength">Length of the zero buffer that holds the signal.</param>
/// <param name="Offset">Index in the buffer of the signal's first sample.</param>
public readonly record struct StftFraming(int SignalLength, int Hop, int Window, int FftSize, int PaddedLength, int Offset)
{
    /// <summary>The framing for <paramref name="signalLength"/> samples under <paramref name="options"/>.</summary>
    public static StftFraming For(int signalLength, SpectrogramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (signalLength < 1) throw new ArgumentOutOfRangeException(nameof(signalLength), signalLength, "Signal must hold at least one sample.");
        int hop = Math.Max(Math.Max(1, options.MinHopSamples), (signalLength + options.Frames - 1) / options.Frames);
        int window = Math.Max(options.MinWindowSamples, 2 * hop);
        int fft = MathUtils.NextPowerOfTwo(window);
        int padded = (options.Frames - 1) * hop + window;
        return new StftFraming(signalLength, hop, window, fft, padded, (padded - signalLength) / 2);
    }
}
