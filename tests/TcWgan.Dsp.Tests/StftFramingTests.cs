namespace TcWgan.Dsp.Tests;

public sealed class StftFramingTests
{
    [Theory]
    // L, hop = ⌈L/112⌉, window = max(400, 2·hop), FFT = next power of two, padded = 111·hop + window.
    [InlineData(48000, 429, 858, 1024, 48477)]
    [InlineData(16000, 143, 400, 512, 16273)]
    [InlineData(1000, 9, 400, 512, 1399)]
    [InlineData(80000, 715, 1430, 2048, 80795)]
    public void FollowsTheDocumentedRule(int length, int hop, int window, int fft, int padded)
    {
        var f = StftFraming.For(length, new SpectrogramOptions());
        Assert.Equal((hop, window, fft, padded), (f.Hop, f.Window, f.FftSize, f.PaddedLength));
        Assert.Equal((padded - length) / 2, f.Offset);
        Assert.True(112 * f.Hop >= length);                 // the frames span the whole utterance
    }
}
