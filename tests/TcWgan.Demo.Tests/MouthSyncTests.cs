using Xunit.Abstractions;

namespace TcWgan.Demo.Tests;

/// <summary>The drawn mouth opens with the voice: per clip, open-mouth pixels correlate with the audio envelope.</summary>
public sealed class MouthSyncTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(DemoLayout.CremaD)]
    [InlineData(DemoLayout.Ravdess)]
    public void Mouth_pixels_follow_the_audio_envelope_in_every_clip(DemoLayout layout)
    {
        var plan = CorpusPlan.Create(new DemoCorpusOptions { Layout = layout, Preset = DemoPreset.Tiny, Seed = 11 });
        var voice = new VoiceSynthesizer();
        using var renderer = new FaceRenderer();
        var correlations = new List<double>();
        foreach (var spec in plan.Clips)
        {
            var content = ClipContent.Create(spec, 11, voice);
            // Envelope measured from the samples, independently of the mouth track the renderer was given.
            var envelope = MouthTrack.FrameEnvelope(content.Utterance.Samples, content.Utterance.SampleRate, content.FrameRate);
            var mouth = content.Frames(renderer).Select(f => (double)Frames.MouthInteriorPixels(f)).ToArray();
            Assert.Equal(envelope.Length, mouth.Length);
            Assert.True(mouth.Max() > 20, $"{spec.Id}: the mouth never opens ({mouth.Max()} px)");
            double r = Frames.Pearson(mouth, envelope);
            correlations.Add(r);
            Assert.True(r > 0.5, $"{spec.Id}: correlation {r:F3}");
        }
        output.WriteLine($"{layout}: mouth/envelope correlation min {correlations.Min():F3}, mean {correlations.Average():F3}");
    }
}
