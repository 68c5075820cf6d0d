using System.Buffers.Binary;
using System.Text;
using TcWgan.TestSupport;

namespace TcWgan.Dsp.Tests;

public sealed class WavTests
{
    [Fact]
    public void WriteThenReadRoundTripsWithin16BitPrecision()
    {
        using var dir = new TempDir("dsp-wav");
        var x = Signals.Tone(440, 0.25, amplitude: 0.9);
        x[0] = 1.5f;                                           // clamps to 1
        x[1] = -1f;
        string path = dir.Combine("tone.wav");
        Wav.Write(path, x, 16000);
        Assert.Equal(44 + 2 * x.Length, new FileInfo(path).Length);
        var (samples, rate) = Wav.Read(path);
        Assert.Equal(16000, rate);
        Assert.Equal(x.Length, samples.Length);
        Assert.Equal(32767 / 32768f, samples[0], 1e-7f);
        Assert.Equal(-32767 / 32768f, samples[1], 1e-7f);
        for (int i = 2; i < x.Length; i++) Assert.Equal(x[i], samples[i], 1e-4f);
    }

    [Fact]
    public void ReadsFloatStereoAsTheMeanOfChannels()
    {
        using var dir = new TempDir("dsp-wav");
        string path = dir.Combine("stereo.wav");
        var left = new[] { 0.5f, -0.25f, 1f };
        var right = new[] { 0.1f, 0.25f, -1f };
        File.WriteAllBytes(path, FloatStereo(left, right, 22050));
        var (samples, rate) = Wav.Read(path);
        Assert.Equal(22050, rate);
        Assert.Equal(new[] { 0.3f, 0f, 0f }, samples.Select(v => MathF.Round(v, 6)));
    }

    [Fact]
    public void NonWavFileGivesAClipErrorNamingTheFile()
    {
        using var dir = new TempDir("dsp-wav");
        string path = dir.Combine("notes.wav");
        File.WriteAllText(path, "this is not audio at all");
        var ex = Assert.Throws<ClipException>(() => Wav.Read(path));
        Assert.Equal(SkipReason.WrongContainer, ex.Reason);
        Assert.Contains(path, ex.Message);

        string empty = dir.Combine("empty.wav");
        File.WriteAllBytes(empty, []);
        Assert.Equal(SkipReason.EmptyFile, Assert.Throws<ClipException>(() => Wav.Read(empty)).Reason);
    }

    [Fact]
    public void TruncatedDataChunkIsReported()
    {
        using var dir = new TempDir("dsp-wav");
        string path = dir.Combine("cut.wav");
        Wav.Write(path, Signals.Tone(440, 0.1), 16000);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Equal(SkipReason.Truncated, Assert.Throws<ClipException>(() => Wav.Read(path)).Reason);
    }

    [Fact]
    public void ReadsARealCremaDFile()
    {
        string path = Path.Combine(RepoPaths.RealCremaD, "AudioWAV", "1001_DFA_ANG_XX.wav");
        var (samples, rate) = Wav.Read(path);
        Assert.Equal(16000, rate);
        Assert.InRange(samples.Length / (double)rate, 1.0, 5.0);
        Assert.True(samples.Max(Math.Abs) > 0.01f);
        var image = new SpectrogramExtractor(new SpectrogramOptions()).Compute(samples);
        Assert.All(image, v => Assert.InRange(v, -1f, 1f));
    }

    private static byte[] FloatStereo(float[] left, float[] right, int rate)
    {
        int data = left.Length * 8;
        var b = new byte[44 + data];
        var s = b.AsSpan();
        Encoding.ASCII.GetBytes("RIFF", s);
        BinaryPrimitives.WriteInt32LittleEndian(s[4..], 36 + data);
        Encoding.ASCII.GetBytes("WAVEfmt ", s[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(s[20..], 3);        // IEEE float
        BinaryPrimitives.WriteInt16LittleEndian(s[22..], 2);
        BinaryPrimitives.WriteInt32LittleEndian(s[24..], rate);
        BinaryPrimitives.WriteInt32LittleEndian(s[28..], rate * 8);
        BinaryPrimitives.WriteInt16LittleEndian(s[32..], 8);
        BinaryPrimitives.WriteInt16LittleEndian(s[34..], 32);
        Encoding.ASCII.GetBytes("data", s[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[40..], data);
        for (int i = 0; i < left.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(s[(44 + 8 * i)..], left[i]);
            BinaryPrimitives.WriteSingleLittleEndian(s[(48 + 8 * i)..], right[i]);
        }
        return b;
    }
}
