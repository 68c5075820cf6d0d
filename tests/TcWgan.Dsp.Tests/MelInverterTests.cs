using NWaves.Transforms;

namespace TcWgan.Dsp.Tests;

public sealed class MelInverterTests
{
    /// <summary>Frequency of the largest FFT bin of <paramref name="x"/> (NWaves real FFT, zero-padded to a power of two).</summary>
    private static double PeakHz(float[] x)
    {
        int n = 1;
        while (n < x.Length) n *= 2;
        var buffer = new float[n];
        Array.Copy(x, buffer, x.Length);
        var magnitude = new float[n / 2 + 1];
        new RealFft(n).MagnitudeSpectrum(buffer, magnitude);
        int peak = Array.IndexOf(magnitude, magnitude.Max());
        return peak * (double)Signals.Rate / n;
    }

    [Fact]
    public void PureToneRoundTripsToAudioWithTheSameDominantFrequency()
    {
        var options = new SpectrogramOptions();
        var image = new SpectrogramExtractor(options).Compute(Signals.Tone(1000, 1.0, amplitude: 0.3));
        var audio = new MelInverter(options).ToAudio(image, 1.0, iterations: 32, seed: 11);
        Assert.Equal(16000, audio.Length);
        Assert.All(audio, v => Assert.True(float.IsFinite(v)));

        // One mel band's width around 1 kHz: the spacing of band centres there (≈ 148 Hz).
        int band = Signals.ExpectedBand(1000);
        double width = Signals.BandCentreHz(band + 1) - Signals.BandCentreHz(band);
        Assert.InRange(PeakHz(audio), 1000 - width, 1000 + width);

        // Loudness survives too, roughly: RMS within a factor of two of the tone's 0.3/√2.
        double rms = Math.Sqrt(audio.Average(v => (double)v * v));
        Assert.InRange(rms, 0.3 / Math.Sqrt(2) / 2, 0.3 / Math.Sqrt(2) * 2);
    }

    [Fact]
    public void SameSeedSameAudioDifferentSeedDifferentAudio()
    {
        var options = new SpectrogramOptions();
        var image = new SpectrogramExtractor(options).Compute(Signals.Tone(500, 0.5));
        var inverter = new MelInverter(options);
        var a = inverter.ToAudio(image, 0.5, 4, seed: 1);
        Assert.Equal(a, inverter.ToAudio(image, 0.5, 4, seed: 1));
        Assert.NotEqual(a, inverter.ToAudio(image, 0.5, 4, seed: 2));
    }

    [Fact]
    public void ColourMappedImagesInvertToo()
    {
        var options = new SpectrogramOptions { Kind = SpectrogramKind.ColourMapped };
        var image = new SpectrogramExtractor(options).Compute(Signals.Tone(2000, 1.0, amplitude: 0.3));
        var audio = new MelInverter(options).ToAudio(image, 1.0, iterations: 16, seed: 3);
        int band = Signals.ExpectedBand(2000);
        double width = Signals.BandCentreHz(band + 1) - Signals.BandCentreHz(band);
        Assert.InRange(PeakHz(audio), 2000 - width, 2000 + width);
    }

    [Fact]
    public void BadArgumentsAreRejected()
    {
        var inverter = new MelInverter(new SpectrogramOptions());
        Assert.Throws<ArgumentException>(() => inverter.ToAudio(new float[7], 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => inverter.ToAudio(new float[Shapes.SpectrogramLength], 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => inverter.ToAudio(new float[Shapes.SpectrogramLength], 1, -1, 1));
    }
}
