namespace TcWgan.Dsp.Tests;

public sealed class SilenceTrimmerTests
{
    [Fact]
    public void ZeroPaddingIsRemovedExactly()
    {
        var tone = Signals.Tone(300, 0.5, phase: Math.PI / 2);      // starts and ends on loud samples
        var (start, length) = SilenceTrimmer.Find(Signals.Pad(tone, 1000, 777), 40, 160);
        Assert.Equal(1000, start);
        Assert.Equal(tone.Length, length);
    }

    [Fact]
    public void QuietTailBelowTheThresholdIsRemovedButQuietPartsInsideStay()
    {
        // 0.1 s each: amplitude 0.5, then 50 dB down, then 20 dB down, then 50 dB down again.
        double down50 = 0.5 * Math.Pow(10, -50 / 20.0), down20 = 0.5 * Math.Pow(10, -20 / 20.0);
        var x = Signals.Tone(500, 0.1, phase: Math.PI / 2).Concat(Signals.Tone(500, 0.1, down50))
            .Concat(Signals.Tone(500, 0.1, down20)).Concat(Signals.Tone(500, 0.1, down50)).ToArray();
        var (start, length) = SilenceTrimmer.Find(x, 40, 160);
        Assert.Equal(0, start);
        // The −20 dB part's last sample is loud enough (x² ≥ θ/w); the −50 dB tail's samples never are.
        Assert.Equal(3 * 1600, length);
    }

    [Fact]
    public void SilentSignalAndZeroThresholdKeepEverything()
    {
        Assert.Equal((0, 500), SilenceTrimmer.Find(new float[500], 40, 160));
        Assert.Equal((0, 1800), SilenceTrimmer.Find(Signals.Pad(Signals.Tone(300, 0.1), 100, 100), 0, 160));
    }
}
