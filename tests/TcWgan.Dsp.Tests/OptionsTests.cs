namespace TcWgan.Dsp.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void DefaultsAreValidAndMatchTheContract()
    {
        var s = new SpectrogramOptions();
        Assert.Empty(s.Validate());
        Assert.Equal((16000, 28, 112, SpectrogramKind.LogMelDeltas), (s.SampleRate, s.MelBands, s.Frames, s.Kind));
        Assert.Empty(new SpecAugmentOptions().Validate());
    }

    [Fact]
    public void SpectrogramValidateListsEveryError()
    {
        var errors = new SpectrogramOptions { SampleRate = 0, MelBands = 0, DbCeiling = -200, DeltaScaleDb = 0 }.Validate();
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Contains("SampleRate"));
        Assert.Contains(errors, e => e.Contains("MelBands"));
        Assert.Contains(errors, e => e.Contains("DbCeiling"));
        Assert.Contains(errors, e => e.Contains("DeltaScaleDb"));
        var ex = Assert.Throws<ArgumentException>(() => new SpectrogramExtractor(new SpectrogramOptions { MelBands = 0, Frames = 0 }));
        Assert.Contains("MelBands", ex.Message);
        Assert.Contains("Frames", ex.Message);
    }

    [Fact]
    public void HighFrequencyAboveNyquistIsAnError() =>
        Assert.Single(new SpectrogramOptions { SampleRate = 8000, HighFrequencyHz = 8000 }.Validate());

    [Fact]
    public void SpecAugmentValidateListsEveryError()
    {
        var errors = new SpecAugmentOptions { TimeWarp = 60, FrequencyMaskWidth = 29, TimeMasks = -1, TimeMaskCap = 0 }.Validate();
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Contains("TimeWarp"));
        Assert.Contains(errors, e => e.Contains("FrequencyMaskWidth"));
        Assert.Contains(errors, e => e.Contains("TimeMasks"));
        Assert.Contains(errors, e => e.Contains("TimeMaskCap"));
    }
}
