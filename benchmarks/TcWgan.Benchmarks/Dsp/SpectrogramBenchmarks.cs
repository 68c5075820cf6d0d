using BenchmarkDotNet.Attributes;
using TcWgan.Dsp;

namespace TcWgan.Benchmarks.Dsp;

/// <summary>
/// How long does one (3, 28, 112) spectrogram image take from a 3 s, 16 kHz utterance (0.3 s of silence each side,
/// trimmed away), for each <see cref="SpectrogramKind"/>? Covers trimming, NWaves STFT (2.4 s kept: hop 343, window 686,
/// FFT 1024), the mel bank, Δ/ΔΔ or the colour map.
/// </summary>
[MemoryDiagnoser]
public class SpectrogramBenchmarks
{
    private float[] _pcm = [];
    private SpectrogramExtractor _extractor = null!;

    /// <summary>Which image is produced.</summary>
    [Params(SpectrogramKind.LogMelDeltas, SpectrogramKind.ColourMapped)]
    public SpectrogramKind Kind { get; set; }

    /// <summary>A seeded speech-like signal: a gliding harmonic tone with noise under a syllable envelope.</summary>
    [GlobalSetup]
    public void Setup()
    {
        const int rate = 16000, pad = 4800;
        var rng = new Random(1);
        _pcm = new float[3 * rate];
        for (int i = pad; i < _pcm.Length - pad; i++)
        {
            double t = (double)i / rate;
            double f0 = 120 + 40 * Math.Sin(2 * Math.PI * 0.7 * t);
            double voiced = Math.Sin(2 * Math.PI * f0 * t) + 0.5 * Math.Sin(4 * Math.PI * f0 * t) + 0.25 * Math.Sin(6 * Math.PI * f0 * t);
            double envelope = 0.5 + 0.5 * Math.Sin(2 * Math.PI * 4 * t);
            _pcm[i] = (float)(0.2 * envelope * voiced + 0.01 * (rng.NextDouble() - 0.5));
        }
        _extractor = new SpectrogramExtractor(new SpectrogramOptions { Kind = Kind });
        _extractor.Compute(_pcm);                   // build the cached mel bank outside the measurement
    }

    /// <summary>One image.</summary>
    [Benchmark]
    public float[] Compute() => _extractor.Compute(_pcm);
}
