using TcWgan.Dsp;
using TcWgan.Media;
using Xunit.Abstractions;

namespace TcWgan.Demo.Tests;

/// <summary>The rendered tiny corpus loads through the project's own loaders and decoders, with the intended labels.</summary>
[Collection(TinyCorpusCollection.Name)]
public sealed class RenderedFilesTests(TinyCorpusFixture corpus, ITestOutputHelper output)
{
    [Fact]
    public void CremaD_layout_loads_with_intended_labels_and_demographics()
    {
        var skips = new SkipLog();
        var records = CremaDLoader.Load(corpus.Crema.Root, skips);
        Assert.Empty(skips.Items);
        Assert.Equal(corpus.Crema.Clips.Count, records.Count);
        var byId = records.ToDictionary(r => r.Id);
        foreach (var clip in corpus.Crema.Clips)
        {
            var r = byId[clip.Id];
            Assert.Equal(clip.Emotion, r.Emotion);
            Assert.Equal(clip.Speaker, r.Speaker);
            Assert.Equal(clip.Sentence, r.Sentence);
            Assert.Equal(clip.IntensityCode, r.Intensity);
            Assert.Equal(clip.Sex, r.Sex);
            Assert.Equal(clip.AudioPath, r.AudioPath);
            Assert.Equal(clip.VideoPath, r.VideoPath);
        }
        Assert.True(File.Exists(corpus.Crema.DemographicsPath));
    }

    [Fact]
    public void Ravdess_layout_loads_with_intended_labels()
    {
        var skips = new SkipLog();
        var records = RavdessLoader.Load(corpus.Ravdess.Root, new RavdessOptions(), skips);
        Assert.Empty(skips.Items);
        Assert.Equal(corpus.Ravdess.Clips.Count, records.Count);
        var byVideo = records.ToDictionary(r => r.VideoPath!);
        foreach (var clip in corpus.Ravdess.Clips)
        {
            var r = byVideo[clip.VideoPath];
            Assert.Equal(clip.Emotion, r.Emotion);
            Assert.Equal(int.Parse(clip.Speaker), int.Parse(r.Speaker));
            Assert.Equal(clip.Sex, r.Sex);
            Assert.Equal(clip.AudioPath, r.AudioPath);
        }
    }

    [Theory]
    [InlineData(DemoLayout.CremaD)]
    [InlineData(DemoLayout.Ravdess)]
    public void Every_file_decodes_with_video_audio_and_enough_frames(DemoLayout layout)
    {
        var summary = layout == DemoLayout.CremaD ? corpus.Crema : corpus.Ravdess;
        foreach (var clip in summary.Clips)
        {
            var info = MediaProbe.Probe(clip.VideoPath);
            Assert.True(info.HasVideo && info.HasAudio, clip.VideoPath);
            Assert.Equal((DemoDefaults.Width, DemoDefaults.Height), (info.Width, info.Height));
            Assert.InRange(info.FrameRate, 29.9, 30.1);
            int expectedFrames = (int)Math.Round(clip.DurationSeconds * DemoDefaults.FrameRate);
            Assert.True(info.FrameCount >= 60, $"{clip.VideoPath}: {info.FrameCount} frames");
            // FLV reports a count from its duration, which the MP3 stream's padding lengthens by a frame or two.
            Assert.InRange(info.FrameCount, expectedFrames - 1, expectedFrames + 3);

            var audio = AudioDecoder.DecodeMono16k(clip.VideoPath);
            Assert.InRange(audio.Length / 16000.0, clip.DurationSeconds - 0.1, clip.DurationSeconds + 0.15);
            Assert.True(Rms(audio) > 0.01, $"{clip.VideoPath}: audio is silent");

            Assert.NotNull(clip.AudioPath);
            var (wav, rate) = Wav.Read(clip.AudioPath!);
            Assert.Equal(DemoDefaults.SampleRate, rate);
            Assert.Equal((int)Math.Round(clip.DurationSeconds * rate), wav.Length);
        }
    }

    [Fact]
    public void Counts_per_emotion_and_actor_are_as_planned()
    {
        foreach (var summary in new[] { corpus.Crema, corpus.Ravdess })
        {
            Assert.Equal(24, summary.Clips.Count);
            Assert.All(summary.CountsByEmotion().Values, n => Assert.Equal(4, n));
            Assert.Equal(4, summary.CountsBySpeaker().Count);
            Assert.All(summary.CountsBySpeaker().Values, n => Assert.Equal(6, n));
        }
    }

    [Fact]
    public void Haar_cascade_finds_the_face_in_decoded_video()
    {
        using var haar = new HaarCascadeLocator();
        var extractor = new FaceExtractor(new FaceOptions(), haar);
        int sampled = 0, withFace = 0;
        foreach (var clip in corpus.Crema.Clips.Where(c => c.Speaker == "1001")
                     .Concat(corpus.Ravdess.Clips.Where(c => c.Speaker == "02").Take(3)))
        {
            var result = extractor.Extract(clip.VideoPath);
            Assert.True(result.Frames.Length >= 50, $"{clip.VideoPath}: {result.Frames.Length} face frames");
            Assert.True(result.FramesWithFace >= 0.5 * result.SampledFrames,
                $"{clip.VideoPath}: face found on {result.FramesWithFace} of {result.SampledFrames} sampled frames");
            Assert.All(result.Boxes, b => Assert.InRange(b.CentreX, 0.35, 0.65));
            sampled += result.SampledFrames;
            withFace += result.FramesWithFace;
        }
        output.WriteLine($"Haar on decoded video: face on {withFace} of {sampled} sampled frames");
        Assert.True(withFace >= 0.85 * sampled, $"face on {withFace} of {sampled} sampled frames");
    }

    private static double Rms(float[] x) => Math.Sqrt(x.Average(v => (double)v * v));
}
