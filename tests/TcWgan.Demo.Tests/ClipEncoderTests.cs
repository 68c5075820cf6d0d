using TcWgan.Media;
using TcWgan.TestSupport;

namespace TcWgan.Demo.Tests;

/// <summary>What goes into ffmpeg comes out: decoded frames match the raw frames, and RAVDESS without WAV leaves none.</summary>
[Collection(TinyCorpusCollection.Name)]
public sealed class ClipEncoderTests(TinyCorpusFixture corpus)
{
    [Theory]
    [InlineData(DemoLayout.CremaD, 0)]
    [InlineData(DemoLayout.Ravdess, 13)]
    public void Decoded_first_and_last_frames_match_the_raw_frames(DemoLayout layout, int clipIndex)
    {
        var options = layout == DemoLayout.CremaD ? corpus.CremaOptions : corpus.RavdessOptions;
        var summary = layout == DemoLayout.CremaD ? corpus.Crema : corpus.Ravdess;
        var spec = CorpusPlan.Create(options).Clips[clipIndex];
        var content = ClipContent.Create(spec, options.Seed, new VoiceSynthesizer());
        using var renderer = new FaceRenderer();
        using var dir = new TempDir();
        foreach (int k in new[] { 0, content.FrameCount - 1 })
        {
            string raw = dir.Combine($"frame{k}.rgba");
            FfmpegClips.Run("-i", summary.Clips[clipIndex].VideoPath, "-vf", $"select=eq(n\\,{k})", "-frames:v", "1",
                "-f", "rawvideo", "-pix_fmt", "rgba", raw);
            var decoded = File.ReadAllBytes(raw);
            var expected = content.RenderFrame(renderer, k);
            Assert.Equal(expected.Length, decoded.Length);
            double diff = 0;
            for (int i = 0; i < expected.Length; i++) if (i % 4 != 3) diff += Math.Abs(expected[i] - decoded[i]);
            diff /= expected.Length * 0.75;
            // Lossy codecs and 4:2:0 chroma leave a few levels of error; a shifted or wrong frame gives tens.
            Assert.True(diff < 6, $"{spec.Id} frame {k}: mean abs difference {diff:F2}");
        }
    }

    [Fact]
    public void Ravdess_clip_without_wav_has_audio_in_the_video_and_leaves_no_wav()
    {
        var options = new DemoCorpusOptions { Layout = DemoLayout.Ravdess, Preset = DemoPreset.Tiny, Seed = 2, WriteRavdessWav = false };
        var spec = CorpusPlan.Create(options).Clips[0];
        Assert.Null(spec.AudioPath);
        var content = ClipContent.Create(spec, 2, new VoiceSynthesizer());
        using var renderer = new FaceRenderer();
        using var dir = new TempDir();
        new ClipEncoder(DemoLayout.Ravdess, options.Width, options.Height).Write(dir.Path, content, renderer);
        string video = dir.Combine(spec.VideoPath);
        var info = MediaProbe.Probe(video);
        Assert.True(info.HasAudio && info.HasVideo);
        Assert.Equal([video], Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
        var audio = AudioDecoder.DecodeMono16k(video);
        Assert.InRange(audio.Length, content.Utterance.Samples.Length - 1600, content.Utterance.Samples.Length + 2400);
    }
}
