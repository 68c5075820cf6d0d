using TcWgan.Dsp;
using TcWgan.TestSupport;

namespace TcWgan.Dsp.Tests;

public sealed class WavEncodeTests
{
    [Fact]
    public void Header_and_samples_have_known_values_and_read_back()
    {
        var bytes = Wav.Encode([0f, 0.5f, -1f, 2f], 16000);
        Assert.Equal(44 + 8, bytes.Length);
        Assert.Equal("RIFF"u8.ToArray(), bytes[..4]);
        Assert.Equal(44 + 8 - 8, BitConverter.ToInt32(bytes, 4));
        Assert.Equal(16000, BitConverter.ToInt32(bytes, 24));
        Assert.Equal(32000, BitConverter.ToInt32(bytes, 28));
        Assert.Equal((short)0, BitConverter.ToInt16(bytes, 44));
        Assert.Equal((short)16384, BitConverter.ToInt16(bytes, 46)); // 0.5 · 32767 = 16383.5 → 16384
        Assert.Equal((short)-32767, BitConverter.ToInt16(bytes, 48));
        Assert.Equal((short)32767, BitConverter.ToInt16(bytes, 50));  // clamped

        using var dir = new TempDir();
        string path = dir.Combine("x.wav");
        Wav.Write(path, [0f, 0.5f, -0.25f], 16000);
        var (samples, rate) = Wav.Read(path);
        Assert.Equal(16000, rate);
        Assert.Equal(3, samples.Length);
        Assert.Equal(0.5f, samples[1], 3);
        Assert.Equal(-0.25f, samples[2], 3);
    }
}
