using Microsoft.ML;
using TcWgan.MLNet.Tests.Support;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.Persistence;

public class MediaStagePersistenceTests
{
    private static (MLContext Ml, IDataView Data, ITransformer Model) Fitted(TempDir dir)
    {
        string tone = FfmpegClips.ToneWav(dir.Combine("tone.wav"), seconds: 1.2, toneHz: 700);
        var ml = new MLContext(seed: 1);
        var data = MlTestData.Paths(ml, tone);
        var model = ml.Transforms.LoadSpectrogram(options: new SpectrogramLoadingOptions { BatchSize = 1 }).Fit(data);
        return (ml, data, model);
    }

    [Fact]
    public void SaveAndLoadInProcessGiveIdenticalOutputs()
    {
        using var dir = new TempDir();
        var (ml, data, model) = Fitted(dir);
        string zip = dir.Combine("model.zip");
        ml.Model.Save(model, data.Schema, zip);

        var fresh = new MLContext(seed: 2);
        TcWganMLNet.Register(fresh);
        var loaded = fresh.Model.Load(zip, out var schema);
        Assert.Equal(data.Schema.Count, schema.Count);
        var expected = MlTestData.Column(model.Transform(data), "Spectrogram");
        var actual = MlTestData.Column(loaded.Transform(data), "Spectrogram");
        Assert.Equal(expected[0], actual[0]);
    }

    [Fact]
    public void LoadingWithoutRegisterIsAnMLNetLoadError()
    {
        using var dir = new TempDir();
        var (ml, data, model) = Fitted(dir);
        string zip = dir.Combine("model.zip");
        ml.Model.Save(model, data.Schema, zip);
        // ML.NET's own error (no catalog entry for our loader signature), not a crash inside our loader.
        var e = Assert.Throws<FormatException>(() => new MLContext().Model.Load(zip, out _));
        Assert.Contains("Couldn't load model", e.Message);
    }

    [Fact]
    public void ZipFromAnotherFormatVersionIsAClearError()
    {
        using var dir = new TempDir();
        var (ml, data, model) = Fitted(dir);
        string zip = dir.Combine("model.zip");
        ml.Model.Save(model, data.Schema, zip);
        ZipPatcher.PatchPayload(zip, (bytes, at) => BitConverter.GetBytes(7u).CopyTo(bytes, at + 8));
        var fresh = new MLContext();
        TcWganMLNet.Register(fresh);
        var e = Assert.ThrowsAny<Exception>(() => fresh.Model.Load(zip, out _));
        Assert.Contains("format version 7", ZipPatcher.Messages(e));
    }

    [Fact]
    public void SeparateProcessLoadsTheZipAndGetsIdenticalOutputs()
    {
        using var dir = new TempDir();
        var (ml, data, model) = Fitted(dir);
        string zip = dir.Combine("model.zip");
        ml.Model.Save(model, data.Schema, zip);
        var expected = MlTestData.Column(model.Transform(data), "Spectrogram");
        var actual = LoadProbeRunner.Run(ml, zip, data, "Spectrogram", dir.Path);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected[0], actual[0]);
    }
}
