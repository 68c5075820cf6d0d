using NWaves.Transforms;
using NWaves.Windows;

namespace TcWgan.Dsp;

/// <summary>
/// Turns a spectrogram image back into audio: level → dB on the extractor's fixed scale → mel power → linear power
/// through the mel bank's non-negative pseudo-inverse → magnitude → Griffin-Lim (NWaves STFT forward and inverse).
/// LogMelDeltas images use channel 0 (Δ/ΔΔ are ignored); ColourMapped images are mapped back through viridis.
/// </summary>
/// <remarks>
/// The framing is the extractor's for a signal of the requested duration, so an image computed from an untrimmed
/// utterance of that duration inverts at the right time scale. The signal support outside the utterance is forced
/// to zero on every iteration.
/// </remarks>
public sealed class MelInverter
{
    private readonly SpectrogramExtractor _banks;

    /// <summary>Creates an inverter for images made with <paramref name="options"/>.</summary>
    public MelInverter(SpectrogramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _banks = new SpectrogramExtractor(options);
        Options = options;
    }

    /// <summary>The settings the images were made with.</summary>
    public SpectrogramOptions Options { get; }

    /// <summary>
    /// Audio at <see cref="SpectrogramOptions.SampleRate"/>, ⌊duration·rate⌉ samples, from a (3, MelBands, Frames) image.
    /// </summary>
    /// <param name="spectrogramImage">Image in [−1, 1], shape (3, MelBands, Frames).</param>
    /// <param name="durationSeconds">Length of the audio to produce.</param>
    /// <param name="iterations">Griffin-Lim iterations (0 = random phase only).</param>
    /// <param name="seed">Seed of the initial random phase.</param>
    public float[] ToAudio(float[] spectrogramImage, double durationSeconds, int iterations, int seed)
    {
        ArgumentNullException.ThrowIfNull(spectrogramImage);
        int bands = Options.MelBands, frames = Options.Frames, plane = bands * frames;
        if (spectrogramImage.Length != Shapes.Channels * plane)
            throw new ArgumentException($"Image holds {spectrogramImage.Length} values; (3, {bands}, {frames}) needs {Shapes.Channels * plane}.", nameof(spectrogramImage));
        if (!(durationSeconds > 0) || double.IsInfinity(durationSeconds))
            throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "Duration must be positive and finite.");
        if (iterations < 0) throw new ArgumentOutOfRangeException(nameof(iterations), iterations, "Iterations must be ≥ 0.");

        int length = Math.Max(1, (int)Math.Round(durationSeconds * Options.SampleRate));
        var framing = StftFraming.For(length, Options);
        var bank = _banks.Bank(framing.FftSize);
        int bins = framing.FftSize / 2 + 1;

        // Magnitudes |X(k)|, shape (frames, bins): undo the extractor's power scale c = 4 / (N·Σw²).
        var magnitude = Magnitudes(spectrogramImage, bank, bins, 1 / SpectrogramExtractor.PowerScale(framing));

        var rng = new Random(seed);
        var stft = new Stft(framing.Window, framing.Hop, WindowType.Hann, framing.FftSize);
        // NWaves 0.9.6's perfect-reconstruction inverse returns N_fft / window times the signal when N_fft > window.
        float inverseGain = (float)framing.Window / framing.FftSize;
        var spectra = new List<(float[], float[])>(frames);
        for (int t = 0; t < frames; t++)
        {
            var re = new float[framing.FftSize];
            var im = new float[framing.FftSize];
            for (int k = 0; k < bins; k++)
            {
                double phase = (2 * rng.NextDouble() - 1) * Math.PI;
                re[k] = (float)(magnitude[t][k] * Math.Cos(phase));
                im[k] = (float)(magnitude[t][k] * Math.Sin(phase));
            }
            spectra.Add((re, im));
        }

        var buffer = new float[framing.PaddedLength];
        for (int it = 0; it < iterations; it++)
        {
            Synthesize(stft, spectra, inverseGain, framing, buffer);
            var analysed = stft.Direct(buffer);
            for (int t = 0; t < frames; t++)
            {
                var (re, im) = spectra[t];
                var (are, aim) = analysed[t];
                for (int k = 0; k < bins; k++)
                {
                    double norm = Math.Sqrt((double)are[k] * are[k] + (double)aim[k] * aim[k]);
                    if (norm > 1e-20) { re[k] = (float)(magnitude[t][k] * are[k] / norm); im[k] = (float)(magnitude[t][k] * aim[k] / norm); }
                    else { re[k] = (float)magnitude[t][k]; im[k] = 0; }
                }
            }
        }
        Synthesize(stft, spectra, inverseGain, framing, buffer);
        var audio = new float[length];
        Array.Copy(buffer, framing.Offset, audio, 0, length);
        return audio;
    }

    /// <summary>Per frame, the magnitude spectrum implied by the image's level channel(s).</summary>
    private double[][] Magnitudes(float[] image, MelFilterBank bank, int bins, double unscale)
    {
        int bands = Options.MelBands, frames = Options.Frames, plane = bands * frames;
        double floor = Options.DbFloor, range = Options.DbCeiling - Options.DbFloor;
        var energies = new double[bands];
        var power = new double[bins];
        var magnitude = new double[frames][];
        for (int t = 0; t < frames; t++)
        {
            for (int b = 0; b < bands; b++)
            {
                int i = b * frames + t;
                double level = Options.Kind == SpectrogramKind.ColourMapped
                    ? Viridis.Inverse((image[i] + 1) / 2, (image[plane + i] + 1) / 2, (image[2 * plane + i] + 1) / 2)
                    : Math.Clamp((image[i] + 1) / 2, 0, 1);
                double db = floor + level * range;
                energies[b] = level <= 0 ? 0 : Math.Pow(10, db / 10);
            }
            bank.Invert(energies, power);
            magnitude[t] = new double[bins];
            for (int k = 0; k < bins; k++) magnitude[t][k] = Math.Sqrt(power[k] * unscale);
        }
        return magnitude;
    }

    /// <summary>Inverse STFT into <paramref name="buffer"/>, zero outside the utterance's support.</summary>
    private static void Synthesize(Stft stft, List<(float[], float[])> spectra, float gain, StftFraming framing, float[] buffer)
    {
        // Inverse works on copies: NWaves may use the arrays as scratch space.
        var copy = spectra.Select(s => ((float[])s.Item1.Clone(), (float[])s.Item2.Clone())).ToList();
        var signal = stft.Inverse(copy, perfectReconstruction: true);
        Array.Clear(buffer);
        int end = Math.Min(framing.Offset + framing.SignalLength, signal.Length);
        for (int n = framing.Offset; n < end; n++) buffer[n] = signal[n] * gain;
    }
}
