using System.Collections.Concurrent;
using NWaves.Transforms;
using NWaves.Windows;

namespace TcWgan.Dsp;

/// <summary>
/// Turns one utterance into the (3, MelBands, Frames) spectrogram image of section III-B, values in [−1, 1],
/// row 0 = lowest mel band. STFT (Hann) and mel bank come from NWaves. Thread-safe; reuse one instance.
/// </summary>
/// <remarks>
/// Pipeline: trim silence (<see cref="SilenceTrimmer"/>) → frame the trimmed utterance into exactly Frames frames
/// (<see cref="StftFraming"/>) → power spectrum scaled so a full-scale sine has total power 1 (0 dB):
/// P(k) = |X(k)|²·4 / (N_fft·Σw²) → mel band energies → dB, clamped to [DbFloor, DbCeiling] → image.
/// </remarks>
public sealed class SpectrogramExtractor
{
    private readonly ConcurrentDictionary<int, MelFilterBank> _banks = new();

    /// <summary>Creates an extractor; throws <see cref="ArgumentException"/> listing every invalid setting.</summary>
    public SpectrogramExtractor(SpectrogramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        Options = options;
    }

    /// <summary>The settings in use.</summary>
    public SpectrogramOptions Options { get; }

    /// <summary>
    /// The spectrogram image, shape (3, MelBands, Frames) flattened channel-first row-major, values in [−1, 1].
    /// </summary>
    /// <param name="pcm">Mono samples at <see cref="SpectrogramOptions.SampleRate"/>, full scale ±1.</param>
    public float[] Compute(float[] pcm)
    {
        var (logMel, first, count) = LogMelSpan(pcm);              // (B, T) dB; frames [first, first + count) hold the utterance
        int bands = Options.MelBands, frames = Options.Frames, plane = bands * frames;
        var image = new float[Shapes.Channels * plane];            // (3, B, T)
        double floor = Options.DbFloor, range = Options.DbCeiling - Options.DbFloor;
        switch (Options.Kind)
        {
            case SpectrogramKind.LogMelDeltas:
            {
                var delta = Deltas.Regression(logMel, bands, frames, Options.DeltaWidth, first, count);
                var deltaDelta = Deltas.Regression(delta, bands, frames, Options.DeltaWidth, first, count);
                for (int i = 0; i < plane; i++)
                {
                    image[i] = (float)Math.Clamp(2 * (logMel[i] - floor) / range - 1, -1, 1);
                    image[plane + i] = (float)Math.Clamp(delta[i] / Options.DeltaScaleDb, -1, 1);
                    image[2 * plane + i] = (float)Math.Clamp(deltaDelta[i] / Options.DeltaDeltaScaleDb, -1, 1);
                }
                break;
            }
            case SpectrogramKind.ColourMapped:
                for (int i = 0; i < plane; i++)
                {
                    var (r, g, b) = Viridis.Map((logMel[i] - floor) / range);
                    image[i] = Quantise(r);
                    image[plane + i] = Quantise(g);
                    image[2 * plane + i] = Quantise(b);
                }
                break;
            default:
                throw new InvalidOperationException($"Unknown SpectrogramKind {Options.Kind}.");
        }
        return image;
    }

    /// <summary>
    /// The log-mel matrix the image starts from: shape (MelBands, Frames) row-major, row 0 = lowest band,
    /// in dB re a full-scale sine, clamped to [DbFloor, DbCeiling]; the frames span the silence-trimmed utterance.
    /// </summary>
    /// <param name="pcm">Mono samples at <see cref="SpectrogramOptions.SampleRate"/>, full scale ±1.</param>
    public float[] LogMel(float[] pcm) => LogMelSpan(pcm).LogMel;

    /// <summary>
    /// <see cref="LogMel"/> and the frames whose centres lie inside the trimmed utterance: [First, First + Count).
    /// With the minimum hop, a short utterance sits between silent margins; Δ and ΔΔ are computed inside it only.
    /// </summary>
    public (float[] LogMel, int First, int Count) LogMelSpan(float[] pcm)
    {
        ArgumentNullException.ThrowIfNull(pcm);
        if (pcm.Length == 0) throw new ArgumentException("Cannot compute a spectrogram of an empty signal.", nameof(pcm));
        for (int i = 0; i < pcm.Length; i++)
            if (!float.IsFinite(pcm[i])) throw new ArgumentException($"Sample {i} is {pcm[i]}; samples must be finite.", nameof(pcm));

        int trimWindow = Math.Max(1, (int)Math.Round(Options.TrimWindowSeconds * Options.SampleRate));
        var (start, length) = SilenceTrimmer.Find(pcm, Options.TrimThresholdDb, trimWindow);
        var framing = StftFraming.For(length, Options);
        var buffer = new float[framing.PaddedLength];
        Array.Copy(pcm, start, buffer, framing.Offset, length);

        var stft = new Stft(framing.Window, framing.Hop, WindowType.Hann, framing.FftSize);
        var spectra = stft.Spectrogram(buffer, normalize: false);   // ≥ Frames power spectra of FftSize/2 + 1 bins
        if (spectra.Count < Options.Frames)
            throw new InvalidOperationException($"NWaves returned {spectra.Count} STFT frames, expected at least {Options.Frames}.");
        var bank = Bank(framing.FftSize);
        double scale = PowerScale(framing);

        int bands = Options.MelBands, frames = Options.Frames;
        var logMel = new float[bands * frames];                     // (B, T)
        var energies = new float[bands];
        double floor = Options.DbFloor, ceiling = Options.DbCeiling;
        for (int t = 0; t < frames; t++)
        {
            bank.Apply(spectra[t], energies);
            for (int b = 0; b < bands; b++)
            {
                double e = energies[b] * scale;
                double db = e > 0 ? 10 * Math.Log10(e) : floor;
                logMel[b * frames + t] = (float)Math.Clamp(db, floor, ceiling);
            }
        }
        // Frame t is centred on buffer sample t·hop + window/2; the utterance occupies [Offset, Offset + length).
        int firstFrame = Math.Clamp((int)Math.Ceiling((framing.Offset - framing.Window / 2.0) / framing.Hop), 0, frames);
        int endFrame = Math.Clamp((int)Math.Ceiling((framing.Offset + length - framing.Window / 2.0) / framing.Hop), firstFrame, frames);
        return (logMel, firstFrame, endFrame - firstFrame);
    }

    /// <summary>The mel bank for one FFT size under these options (cached per instance).</summary>
    public MelFilterBank Bank(int fftSize) => _banks.GetOrAdd(fftSize, n =>
        new MelFilterBank(Options.MelBands, n, Options.SampleRate, Options.LowFrequencyHz, Options.HighFrequencyHz));

    /// <summary>
    /// Factor c turning NWaves' unnormalised |X(k)|² into power re a full-scale sine: c = 4 / (N_fft · Σ w²), so that
    /// the one-sided bins of a sine of amplitude A sum to A².
    /// </summary>
    public static double PowerScale(StftFraming framing)
    {
        var window = Window.OfType(WindowType.Hann, framing.Window);
        double sumSquares = 0;
        foreach (var w in window) sumSquares += (double)w * w;
        return 4.0 / (framing.FftSize * sumSquares);
    }

    private static float Quantise(float unit) => (float)(2 * Math.Round(unit * 255) / 255 - 1);
}
