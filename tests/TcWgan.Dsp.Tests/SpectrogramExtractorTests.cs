namespace TcWgan.Dsp.Tests;

public sealed class SpectrogramExtractorTests
{
    private static readonly SpectrogramExtractor Extractor = new(new SpectrogramOptions());

    [Theory]
    [InlineData(250)]
    [InlineData(1000)]
    [InlineData(2500)]
    [InlineData(6000)]
    public void PureToneLandsInTheMelBandNearestOnTheMelScale(double hz)
    {
        var image = Extractor.Compute(Signals.Tone(hz, 1.0));
        int expected = Signals.ExpectedBand(hz);
        int loudest = Enumerable.Range(0, Shapes.MelBands)
            .MaxBy(b => Enumerable.Range(0, Shapes.SpecFrames).Average(t => Signals.At(image, 0, b, t)));
        Assert.Equal(expected, loudest);
    }

    [Fact]
    public void ImageHasTheContractShapeAndRange()
    {
        var rng = new Random(7);
        var noise = new float[40000];
        for (int i = 0; i < noise.Length; i++) noise[i] = (float)(rng.NextDouble() * 2 - 1) * 0.3f;
        foreach (var kind in new[] { SpectrogramKind.LogMelDeltas, SpectrogramKind.ColourMapped })
        {
            var image = new SpectrogramExtractor(new SpectrogramOptions { Kind = kind }).Compute(noise);
            Assert.Equal(Shapes.SpectrogramLength, image.Length);
            Assert.All(image, v => Assert.InRange(v, -1f, 1f));
        }
        Assert.Equal(Shapes.MelBands * Shapes.SpecFrames, Extractor.LogMel(noise).Length);
    }

    [Fact]
    public void FixedDbScaleKeepsAbsoluteLoudness()
    {
        // A sine of amplitude A at a band centre has band power ≈ A² → 20·log10(A) dB re full scale.
        double centre = Signals.BandCentreHz(9);
        var squeezing = new SpectrogramExtractor(new SpectrogramOptions { MinHopSamples = 0 }); // every frame inside the tone
        var loud = squeezing.LogMel(Signals.Tone(centre, 1.0, amplitude: 0.1));
        var quiet = squeezing.LogMel(Signals.Tone(centre, 1.0, amplitude: 0.01));
        double loudDb = Enumerable.Range(0, Shapes.SpecFrames).Average(t => loud[9 * Shapes.SpecFrames + t]);
        double quietDb = Enumerable.Range(0, Shapes.SpecFrames).Average(t => quiet[9 * Shapes.SpecFrames + t]);
        Assert.InRange(loudDb, -21.0, -19.0);
        Assert.InRange(loudDb - quietDb, 19.9, 20.1);
        // Channel 0 maps [-100, 0] dB linearly onto [-1, 1]: -20 dB → 0.6.
        var image = Extractor.Compute(Signals.Tone(centre, 1.0, amplitude: 0.1));
        Assert.InRange(Signals.At(image, 0, 9, 56), 0.58f, 0.62f);
    }

    [Fact]
    public void AShortUtteranceKeepsItsDurationBetweenSilentMargins()
    {
        // 1 s at the default 400-sample hop covers 40 of the 112 frames, centred; the margins are the dB floor (−1).
        var image = Extractor.Compute(Signals.Tone(1000, 1.0, amplitude: 0.1));
        int band = Signals.ExpectedBand(1000);
        Assert.Equal(-1f, Signals.At(image, 0, band, 10));
        Assert.Equal(-1f, Signals.At(image, 0, band, 100));
        Assert.InRange(Signals.At(image, 0, band, 56), 0.5f, 0.7f);
        int sounding = Enumerable.Range(0, Shapes.SpecFrames).Count(t => Signals.At(image, 0, band, t) > 0);
        Assert.InRange(sounding, 38, 43);
    }

    [Fact]
    public void DeltasOfAStationaryToneAreZeroAwayFromTheEdges()
    {
        // 1 s → hop 143 samples; 16000·9/143 Hz puts exactly 9 periods in a hop, so every full frame is identical.
        // Trimming is off so that the framing is exactly that of 16000 samples.
        var image = new SpectrogramExtractor(new SpectrogramOptions { TrimThresholdDb = 0, MinHopSamples = 0 }).Compute(Signals.Tone(16000.0 * 9 / 143, 1.0));
        // Frames 0 and 111 reach into the zero padding; Δ (N = 2) then spreads that 2 frames, ΔΔ 4 frames.
        for (int b = 0; b < Shapes.MelBands; b++)
            for (int t = 5; t < Shapes.SpecFrames - 5; t++)
            {
                Assert.InRange(Signals.At(image, 1, b, t), -1e-3f, 1e-3f);
                Assert.InRange(Signals.At(image, 2, b, t), -1e-3f, 1e-3f);
            }
    }

    [Fact]
    public void DeltaChannelFollowsTheRegressionFormulaScaledByTheConstant()
    {
        // A tone whose amplitude grows exponentially rises by a constant number of dB per frame.
        var options = new SpectrogramOptions { TrimThresholdDb = 0, MinHopSamples = 0 };
        var extractor = new SpectrogramExtractor(options);
        int n = 112 * 160;                                   // hop = 160 samples → 1 frame = 10 ms
        double dbPerFrame = 0.5;
        var x = new float[n];
        for (int i = 0; i < n; i++)
            x[i] = (float)(0.001 * Math.Pow(10, dbPerFrame * i / 160.0 / 20) * Math.Sin(2 * Math.PI * 1000 * i / Signals.Rate));
        var image = extractor.Compute(x);
        int band = Signals.ExpectedBand(1000);
        for (int t = 10; t < 100; t++)
        {
            Assert.InRange(Signals.At(image, 1, band, t), dbPerFrame / options.DeltaScaleDb - 0.005, dbPerFrame / options.DeltaScaleDb + 0.005);
            Assert.InRange(Signals.At(image, 2, band, t), -0.005f, 0.005f);
        }
    }

    [Fact]
    public void LeadingAndTrailingSilenceIsTrimmed()
    {
        var rng = new Random(3);
        var speechLike = new float[24000];
        for (int i = 0; i < speechLike.Length; i++)
            speechLike[i] = (float)((rng.NextDouble() - 0.5) * 0.4 * Math.Sin(Math.PI * i / speechLike.Length));
        var plain = Extractor.Compute(speechLike);
        var padded = Extractor.Compute(Signals.Pad(speechLike, 12345, 20000));
        for (int i = 0; i < plain.Length; i++) Assert.Equal(plain[i], padded[i], 1e-4f);
        // Without trimming the padded version is a different image.
        var untrimmed = new SpectrogramExtractor(new SpectrogramOptions { TrimThresholdDb = 0 }).Compute(Signals.Pad(speechLike, 12345, 20000));
        Assert.True(plain.Zip(untrimmed).Max(p => Math.Abs(p.First - p.Second)) > 0.2f);
    }

    [Fact]
    public void SilenceMapsToTheFloor()
    {
        var image = Extractor.Compute(new float[16000]);
        var plane = Shapes.MelBands * Shapes.SpecFrames;
        Assert.All(image.Take(plane), v => Assert.Equal(-1f, v));
        Assert.All(image.Skip(plane), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void ColourMappedUsesViridisEndsForFloorAndLoudTone()
    {
        var extractor = new SpectrogramExtractor(new SpectrogramOptions { Kind = SpectrogramKind.ColourMapped });
        var silent = extractor.Compute(new float[8000]);
        // #440154 at the floor, each channel 2·c/255 − 1.
        Assert.Equal(2 * 0x44 / 255f - 1, Signals.At(silent, 0, 0, 0), 1e-6f);
        Assert.Equal(2 * 0x01 / 255f - 1, Signals.At(silent, 1, 0, 0), 1e-6f);
        Assert.Equal(2 * 0x54 / 255f - 1, Signals.At(silent, 2, 0, 0), 1e-6f);
        // A full-scale tone at a band centre reaches ≈ 0 dB → the bright yellow end (#FDE725).
        var loud = extractor.Compute(Signals.Tone(Signals.BandCentreHz(9), 1.0, amplitude: 1.0));
        Assert.InRange(Signals.At(loud, 0, 9, 56), 2 * 0xF0 / 255f - 1, 1f);
        Assert.InRange(Signals.At(loud, 1, 9, 56), 2 * 0xE0 / 255f - 1, 1f);
        Assert.All(loud, v => Assert.InRange(v, -1f, 1f));
    }

    [Fact]
    public void BadInputIsRejectedClearly()
    {
        Assert.Throws<ArgumentException>(() => Extractor.Compute([]));
        var ex = Assert.Throws<ArgumentException>(() => Extractor.Compute([0.1f, float.NaN]));
        Assert.Contains("Sample 1", ex.Message);
        Assert.Throws<ArgumentException>(() => new SpectrogramExtractor(new SpectrogramOptions { MelBands = 0 }));
    }

    [Fact]
    public void VeryShortUtteranceStillGivesAFullImage()
    {
        var image = Extractor.Compute(Signals.Tone(440, 0.02));
        Assert.Equal(Shapes.SpectrogramLength, image.Length);
        Assert.All(image, v => Assert.InRange(v, -1f, 1f));
    }
}
