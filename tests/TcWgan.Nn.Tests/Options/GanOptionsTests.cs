namespace TcWgan.Nn.Tests;

/// <summary>Presets and validation of the options.</summary>
public class GanOptionsTests
{
    [Fact]
    public void PresetsHoldTheirPublishedSettings()
    {
        var wgan = GanOptions.FromPreset(GanPreset.WganGp);
        Assert.Equal((AdversarialLoss.Wasserstein, OptimizerKind.Adam, 1e-4, 0.0, 0.9, 5, 10.0),
            (wgan.Loss, wgan.Optimizer, wgan.LearningRate, wgan.Beta1, wgan.Beta2, wgan.CriticSteps, wgan.GradientPenaltyWeight));
        var conventional = GanOptions.FromPreset(GanPreset.Conventional);
        Assert.Equal((AdversarialLoss.Conventional, OptimizerKind.Adam, 2e-4, 0.5, 0.999, 1, 0.0),
            (conventional.Loss, conventional.Optimizer, conventional.LearningRate, conventional.Beta1, conventional.Beta2,
             conventional.CriticSteps, conventional.GradientPenaltyWeight));
        Assert.Equal(GanPreset.Conventional, GanOptions.PresetFor(AdversarialLoss.Conventional));
        Assert.Equal(1, wgan.AuxiliaryClassifierWeight); // AC-WGAN: the critic's emotion head is on by default
        Assert.Empty(wgan.Validate());
        Assert.Empty(conventional.Validate());
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
    public void DatasetRejectsBadShapesValuesLabelsAndClips()
    {
        var data = new GanDataset();
        var spectrogram = new float[Shapes.SpectrogramLength];
        spectrogram[3] = float.NaN;
        Assert.Contains("holds NaN at position 3", Assert.Throws<ArgumentException>(() => data.AddClip(spectrogram, 0)).Message);
        Assert.Contains("emotion 6", Assert.Throws<ArgumentException>(() => data.AddClip(new float[Shapes.SpectrogramLength], 6)).Message);
        Assert.Contains("has 7 floats", Assert.Throws<ArgumentException>(() => data.AddClip(new float[7], 0)).Message);
        int clip = data.AddClip(new float[Shapes.SpectrogramLength], 2);
        Assert.Contains("names clip 3", Assert.Throws<ArgumentException>(() => data.AddWindow(3, new float[Shapes.WindowLength])).Message);
        Assert.Contains("has 7 floats", Assert.Throws<ArgumentException>(() => data.AddWindow(clip, new float[7])).Message);
        var window = new float[Shapes.WindowLength];
        window[0] = 0.5f; window[1] = 1.7f;
        data.AddWindow(clip, window);
        Assert.Equal(new byte[] { 128, 255, 0 }, data.Windows[0].Take(3));
        Assert.Contains("at least 2 clips", Assert.Throws<ArgumentException>(() => new GanTrainer(SyntheticData.TinyOptions(null)).Train(data)).Message);
    }
}
