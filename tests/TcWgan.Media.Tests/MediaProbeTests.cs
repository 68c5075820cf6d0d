namespace TcWgan.Media.Tests;

[Collection(GeneratedMediaCollection.Name)]
public sealed class MediaProbeTests(GeneratedMedia media)
{
    [Fact]
    public void Probe_CremaDFlv_Vp6At480x360WithAudio()
    {
        var info = MediaProbe.Probe(RealClips.CremaAngerFlv);
        Assert.Equal("flv", info.Container);
        Assert.True(info.HasVideo);
        Assert.True(info.HasAudio);
        Assert.Equal(480, info.Width);
        Assert.Equal(360, info.Height);
        Assert.Equal(29.97, info.FrameRate, 0.01);
        Assert.Equal(2.235, info.Duration.TotalSeconds, 0.01);
        Assert.Equal(67, info.FrameCount); // ffprobe -count_frames reads 67
        Assert.Equal(44100, info.AudioSampleRate);
    }

    [Fact]
    public void Probe_RavdessMp4_H264At1280x720WithStereoAudio()
    {
        var info = MediaProbe.Probe(RealClips.RavdessMp4);
        Assert.Equal(1280, info.Width);
        Assert.Equal(720, info.Height);
        Assert.Equal(29.97, info.FrameRate, 0.01);
        Assert.Equal(99, info.FrameCount);
        Assert.Equal(3.349, info.Duration.TotalSeconds, 0.01);
        Assert.True(info.HasAudio);
        Assert.Equal(48000, info.AudioSampleRate);
        Assert.Equal(2, info.AudioChannels);
    }

    [Fact]
    public void Probe_Wav_AudioOnly()
    {
        var info = MediaProbe.Probe(RealClips.CremaAngerWav);
        Assert.False(info.HasVideo);
        Assert.True(info.HasAudio);
        Assert.Equal(0, info.FrameCount);
        Assert.Equal(16000, info.AudioSampleRate);
        Assert.Equal(1, info.AudioChannels);
    }

    [Fact]
    public void Probe_GeneratedClip_MatchesWhatWasRendered()
    {
        var info = MediaProbe.Probe(media.AvMp4);
        Assert.Equal((160, 120), (info.Width, info.Height));
        Assert.Equal(25, info.FrameRate, 1e-6);
        Assert.Equal(75, info.FrameCount);
        Assert.Equal(3.0, info.Duration.TotalSeconds, 0.1);
    }
}
