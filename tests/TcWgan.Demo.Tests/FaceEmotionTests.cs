using TcWgan.Media;
using Xunit.Abstractions;

namespace TcWgan.Demo.Tests;

/// <summary>Faces carry the emotion: emotion-average 28×28 crops differ far more between emotions than between takes.</summary>
public sealed class FaceEmotionTests(ITestOutputHelper output)
{
    // Inner face (brows to chin, between the cheeks) at the frame's rest position, as a 28×28 crop.
    private static readonly RelativeBox Face = new(0.32, 0.22, 0.36, 0.56);

    [Fact]
    public void Emotion_average_crops_differ_well_above_take_to_take_noise()
    {
        var plan = CorpusPlan.Create(new DemoCorpusOptions { Preset = DemoPreset.Tiny, Seed = 5 });
        var voice = new VoiceSynthesizer();
        using var renderer = new FaceRenderer();
        // Two takes of every (actor, emotion): same actors, new random voice, motion, background and light.
        var takes = new float[2][][];
        for (int take = 0; take < 2; take++)
        {
            takes[take] = new float[Emotions.Count][];
            foreach (var emotion in Emotions.All)
            {
                var sum = new double[Shapes.FrameLength];
                int n = 0;
                foreach (var spec in plan.Clips.Where(c => c.Emotion == emotion))
                {
                    var content = ClipContent.Create(spec with { Id = spec.Id + "-take" + take }, 5, voice);
                    for (int k = 0; k < content.FrameCount; k += 3)
                    {
                        var crop = Standardise(FaceExtractor.CropToFace(
                            Frames.ToRgb(content.RenderFrame(renderer, k), renderer.Width, renderer.Height), Face));
                        for (int i = 0; i < crop.Length; i++) sum[i] += crop[i];
                        n++;
                    }
                }
                takes[take][(int)emotion] = sum.Select(v => (float)(v / n)).ToArray();
            }
        }
        double noise = Emotions.All.Average(e => Frames.MeanAbsDiff(takes[0][(int)e], takes[1][(int)e]));
        var between = new List<double>();
        foreach (var a in Emotions.All)
        foreach (var b in Emotions.All.Where(b => b > a))
            between.Add(Frames.MeanAbsDiff(takes[0][(int)a], takes[1][(int)b]));
        output.WriteLine($"same-emotion (take-to-take) {noise:F4}; between emotions min {between.Min():F4}, mean {between.Average():F4}");
        Assert.True(between.Average() > 3 * noise, $"between {between.Average():F4} vs noise {noise:F4}");
        Assert.True(between.Min() > noise, $"closest pair {between.Min():F4} vs noise {noise:F4}");
    }

    /// <summary>Zero mean, unit variance per crop: removes the take's exposure and light level.</summary>
    private static float[] Standardise(float[] crop)
    {
        double m = crop.Average(v => (double)v);
        double sd = Math.Sqrt(crop.Average(v => (v - m) * (v - m))) + 1e-6;
        return crop.Select(v => (float)((v - m) / sd)).ToArray();
    }

    [Fact]
    public void Haar_cascade_finds_the_face_in_raw_frames_of_every_actor()
    {
        using var haar = new HaarCascadeLocator();
        var voice = new VoiceSynthesizer();
        using var renderer = new FaceRenderer();
        int found = 0, tried = 0;
        foreach (var layout in new[] { DemoLayout.CremaD, DemoLayout.Ravdess })
        foreach (var spec in CorpusPlan.Create(new DemoCorpusOptions { Layout = layout, Preset = DemoPreset.Tiny, Seed = 21 }).Clips)
        {
            var content = ClipContent.Create(spec, 21, voice);
            foreach (int k in new[] { 0, content.FrameCount / 2, content.FrameCount - 1 })
            {
                tried++;
                var box = haar.Locate(Frames.ToRgb(content.RenderFrame(renderer, k), renderer.Width, renderer.Height));
                if (box is { } b && b.CentreX > 0.35 && b.CentreX < 0.65 && b.Width > 0.3) found++;
            }
        }
        output.WriteLine($"Haar frontal face found on {found} of {tried} raw frames");
        Assert.True(found >= 0.9 * tried, $"found {found} of {tried}");
    }
}
