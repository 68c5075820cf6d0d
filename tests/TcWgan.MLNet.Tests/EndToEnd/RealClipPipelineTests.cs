using TcWgan.Media;
using TcWgan.Nn;
using TcWgan.Pipelines;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.EndToEnd;

/// <summary>The example pipeline (pipelines/Shared/AerExample.cs) end to end on the real CREMA-D test clips, tiny settings.</summary>
public class RealClipPipelineTests
{
    [Fact]
    public void ExamplePipelineRunsSavesReloadsAndPredicts()
    {
        using var dir = new TempDir();
        var clips = CremaDLoader.Load(RepoPaths.RealCremaD, new SkipLog());
        Assert.NotEmpty(clips);
        var settings = new AerExampleSettings
        {
            OutputDirectory = dir.Path,
            Gan = GanOptions.FromPreset(GanPreset.WganGp) with
            {
                Encoder = EncoderKind.Conv3d, Width = 0.125, Steps = 2, EncoderPretrainSteps = 1, ClassifierSteps = 1,
                CriticSteps = 1, BatchSize = 2, Seed = 1, Device = "cpu",
            },
            GeneratedPerClass = 2, ClassifierIterations = 5,
        };
        var log = new StringWriter();
        var result = AerExample.Run(clips, settings, log);

        Assert.Equal(clips.Count, result.TrainRows);
        // Two generated rows for each emotion the label knows (the classifier cannot learn the others).
        Assert.Equal(clips.Count + 2 * clips.Select(c => c.Emotion).Distinct().Count(), result.FusedRows);
        Assert.InRange(result.MicroAccuracy, 0, 1);
        Assert.True(File.Exists(result.AerModelPath), log.ToString());
        Assert.True(File.Exists(result.GeneratorModelPath));
        Assert.Contains(result.Predicted, clips.Select(c => c.Emotion.Name()));
        Assert.Contains("Reloaded model:", log.ToString());
    }
}
