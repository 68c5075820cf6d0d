namespace TcWgan.Nn.Tests;

/// <summary>Presets and validation of the options.</summary>
public class GanOptionsTests
{
    [Fact]
    public void PresetsHoldTheirPublishedSettings()
    {
        var wgan = GanOptions.FromPreset(GanPreset.WganGp);
        Assert.Equal((OptimizerKind.Adam, 1e-4, 0.0, 0.9, 5, 10.0), (wgan.Optimizer, wgan.LearningRate, wgan.Beta1, wgan.Beta2, wgan.CriticSteps, wgan.GradientPenaltyWeight));
        var paper = GanOptions.FromPreset(GanPreset.Paper);
        Assert.Equal((OptimizerKind.RmsProp, 1e-4, 10, 5.0, 32), (paper.Optimizer, paper.LearningRate, paper.CriticSteps, paper.GradientPenaltyWeight, paper.BatchSize));
        Assert.Empty(wgan.Validate());
        Assert.Empty(paper.Validate());
    }

    [Fact]
    public void ValidateListsEveryProblemAtOnce()
    {
        var bad = new GanOptions { BatchSize = 1, LearningRate = -1, Device = "tpu", AttentionHeads = 3, Dropout = 1, KeepCheckpoints = 1 };
        var errors = bad.Validate();
        Assert.Equal(6, errors.Count);
        var error = Assert.Throws<ArgumentException>(() => new GanTrainer(bad));
        Assert.Contains("BatchSize", error.Message);
        Assert.Contains("tpu", error.Message);
        Assert.Contains("AttentionHeads", error.Message);
    }

    [Fact]
    public void DeviceAutoFallsBackToCpuWithoutCuda()
    {
        var device = DeviceNames.Resolve("auto");
        Assert.Equal(TorchSharp.torch.cuda.is_available() ? TorchSharp.DeviceType.CUDA : TorchSharp.DeviceType.CPU, device.type);
        Assert.Equal(TorchSharp.DeviceType.CPU, DeviceNames.Resolve("CPU").type);
        Assert.Throws<ArgumentException>(() => DeviceNames.Resolve("gpu"));
    }

    [Fact]
    public void DatasetRejectsBadShapesLabelsAndIndices()
    {
        var window = new float[Shapes.WindowLength];
        var spectrogram = new float[Shapes.SpectrogramLength];
        spectrogram[3] = float.NaN;
        var error = Assert.Throws<ArgumentException>(() => new GanDataset(
            [window, new float[7]], [0, 1], [spectrogram], [6], [(0, 0), (2, 0)]));
        Assert.Contains("window 1 has 7 floats", error.Message);
        Assert.Contains("spectrogram 0 holds NaN at position 3", error.Message);
        Assert.Contains("spectrogram label 0 is 6", error.Message);
        Assert.Contains("pair 1 names window 2", error.Message);
    }

    [Fact]
    public void StepSeedsAreStableAndDistinct()
    {
        Assert.Equal(Seeds.Derive(1, 5), Seeds.Derive(1, 5));
        var seeds = Enumerable.Range(0, 1000).Select(s => Seeds.Derive(42, s)).ToHashSet();
        Assert.Equal(1000, seeds.Count);
        Assert.NotEqual(Seeds.Derive(1, 5), Seeds.Derive(2, 5));
        Assert.All(seeds, s => Assert.True(s >= 0));
    }
}
