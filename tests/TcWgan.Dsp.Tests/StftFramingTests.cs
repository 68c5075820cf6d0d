namespace TcWgan.Dsp.Tests;

public sealed class StftFramingTests
{
    [Theory]
    // Squeezing (MinHopSamples 0): L, hop = ⌈L/112⌉, window = max(400, 2·hop), FFT = next power of two, padded = 111·hop + window.
    [InlineData(48000, 429, 858, 1024, 48477)]
    [InlineData(16000, 143, 400, 512, 16273)]
    [InlineData(1000, 9, 400, 512, 1399)]
    [InlineData(80000, 715, 1430, 2048, 80795)]
    public void FollowsTheDocumentedRule(int length, int hop, int window, int fft, int padded)
    {
        var f = StftFraming.For(length, new SpectrogramOptions { MinHopSamples = 0 });
        Assert.Equal((hop, window, fft, padded), (f.Hop, f.Window, f.FftSize, f.PaddedLength));
        Assert.Equal((padded - length) / 2, f.Offset);
        Assert.True(112 * f.Hop >= length);                 // the frames span the whole utterance
    }

    [Theory]
    // The default hop floor of 400 samples (25 ms): shorter utterances keep hop 400 (a 2.8 s span), longer ones squeeze.
    [InlineData(16000, 400, 800, 1024, 45200)]
    [InlineData(1000, 400, 800, 1024, 45200)]
    [InlineData(48000, 429, 858, 1024, 48477)]
    public void ShortUtterancesKeepTheMinimumHop(int length, int hop, int window, int fft, int padded)
    {
        var f = StftFraming.For(length, new SpectrogramOptions());
        Assert.Equal((hop, window, fft, padded), (f.Hop, f.Window, f.FftSize, f.PaddedLength));
        Assert.Equal((padded - length) / 2, f.Offset);   // centred between silent margins
    }
}
