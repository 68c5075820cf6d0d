namespace TcWgan.Media.Tests;

[Collection(GeneratedMediaCollection.Name)]
public sealed class AudioDecoderTests(GeneratedMedia media)
{
    public static TheoryData<string> RealAudioSources => new()
    {
        RealClips.CremaAngerFlv, RealClips.CremaAngerWav, RealClips.RavdessMp4, RealClips.RavdessNeutralWav,
    };

    [Theory]
    [MemberData(nameof(RealAudioSources))]
    public void Decode_RealFiles_LengthIsDurationTimes16k(string path)
    {
        var samples = AudioDecoder.DecodeMono16k(path);
        double expected = MediaProbe.Probe(path).Duration.TotalSeconds * 16000;
        Assert.InRange(samples.Length, expected * 0.95, expected * 1.05);
        Assert.All(samples, s => Assert.InRange(s, -1f, 1f));
        Assert.True(samples.Max(Math.Abs) > 0.01f, "speech should not decode to silence");
    }

    [Fact]
    public void Decode_FlvMp3AndItsWav_HaveTheSameLoudness()
    {
        // The CREMA-D wav is the same take as the flv's mp3 track: RMS within 20 %.
        static double Rms(float[] x) => Math.Sqrt(x.Average(v => (double)v * v));
        double flv = Rms(AudioDecoder.DecodeMono16k(RealClips.CremaAngerFlv));
        double wav = Rms(AudioDecoder.DecodeMono16k(RealClips.CremaAngerWav));
        Assert.InRange(flv / wav, 0.8, 1.25);
    }

    [Fact]
    public void Decode_440HzTone_ZeroCrossingsGiveTheFrequency()
    {
        var samples = AudioDecoder.DecodeMono16k(media.AvMp4);
        Assert.InRange(samples.Length, 3 * 16000 * 0.97, 3 * 16000 * 1.03);
        // Middle second: a 440 Hz sine crosses zero 880 times per second.
        var middle = samples.AsSpan(16000, 16000);
        int crossings = 0;
        for (int i = 1; i < middle.Length; i++)
            if ((middle[i - 1] < 0) != (middle[i] < 0)) crossings++;
        Assert.InRange(crossings, 870, 890);
        // lavfi sine has amplitude 1/8.
        Assert.InRange(middle.ToArray().Max(), 0.115f, 0.135f);
    }

    [Fact]
    public void Pcm16ToFloat_KnownValues()
    {
        byte[] pcm = [0x00, 0x80, 0xFF, 0x7F, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x42];
        var f = AudioDecoder.Pcm16ToFloat(pcm);
        Assert.Equal([-1f, 32767f / 32768f, 1f / 32768f, 0f, -1f / 32768f], f);
    }
}
