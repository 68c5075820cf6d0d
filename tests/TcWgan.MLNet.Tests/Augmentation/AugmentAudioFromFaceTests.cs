using Microsoft.ML;
using Microsoft.ML.Data;
using TcWgan.MLNet.Mapping;
using TcWgan.MLNet.Tests.Support;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.Augmentation;

public class AugmentAudioFromFaceTests(TinyGanFixture gan) : IClassFixture<TinyGanFixture>
{
    [Fact]
    public void TransformerOutputEqualsRawGenerateWithRowSeeds()
    {
        var output = MlTestData.Column(gan.Model.Transform(gan.Data), "GeneratedSpectrogram");
        Assert.Equal(gan.Rows.Length, output.Count);
        long seed = SyntheticRows.TinyAugment().Gan.Seed;
        var windows = gan.Rows.SelectMany(r => r.FaceWindow).ToArray();
        var emotions = gan.Rows.Select(r => (int)Emotions.Parse(r.Label)).ToArray();
        var seeds = Enumerable.Range(0, gan.Rows.Length).Select(i => AugmentAudioFromFaceTransformer.RowSeed(seed, new DataViewRowId((ulong)i, 0))).ToArray();
        // Raw calls in the transformer's batches (5, 5, 2): libtorch's float results can differ in the last bits
        // between batch sizes, so the exact comparison uses the same partition.
        int batch = SyntheticRows.TinyAugment().GenerationBatchSize;
        var raw = new List<float>();
        for (int start = 0; start < gan.Rows.Length; start += batch)
        {
            int n = Math.Min(batch, gan.Rows.Length - start);
            raw.AddRange(gan.Model.Model.Generate(windows.AsSpan(start * Shapes.WindowLength, n * Shapes.WindowLength),
                emotions.AsSpan(start, n), seeds.AsSpan(start, n)));
        }
        float[] whole = gan.Model.Model.Generate(windows, emotions, seeds);
        for (int k = 0; k < whole.Length; k++) Assert.Equal(whole[k], raw[k], 1e-5f);
        for (int i = 0; i < output.Count; i++)
        {
            Assert.Equal(Shapes.SpectrogramLength, output[i].Length);
            Assert.Equal(raw.GetRange(i * Shapes.SpectrogramLength, Shapes.SpectrogramLength).ToArray(), output[i]);
            Assert.All(output[i], v => Assert.InRange(v, -1f, 1f));
        }
    }

    [Fact]
    public void SameDataAndSeedGiveTheSameOutputAndTheTargetEmotionMatters()
    {
        var first = MlTestData.Column(gan.Model.Transform(gan.Data), "GeneratedSpectrogram");
        var second = MlTestData.Column(gan.Model.Transform(gan.Data), "GeneratedSpectrogram");
        Assert.Equal(first, second);
        var relabelled = gan.Rows.Select(r => new SyntheticRows.Row
        {
            FaceWindow = r.FaceWindow, Spectrogram = r.Spectrogram,
            Label = Emotions.Names[(Array.IndexOf(Emotions.Names.ToArray(), r.Label) + 1) % Emotions.Count],
        }).ToArray();
        var other = MlTestData.Column(gan.Model.Transform(gan.Ml.Data.LoadFromEnumerable(relabelled)), "GeneratedSpectrogram");
        Assert.NotEqual(first[0], other[0]);
    }

    [Fact]
    public void EstimatorSchemaEqualsTransformerSchema()
    {
        var fromEstimator = gan.Estimator.GetOutputSchema(MappedSchema.ShapeOf(gan.Data.Schema));
        var fromTransformer = MappedSchema.ShapeOf(gan.Model.GetOutputSchema(gan.Data.Schema));
        MlTestData.AssertSameShape(fromEstimator, fromTransformer);
        var type = (VectorDataViewType)gan.Model.GetOutputSchema(gan.Data.Schema)["GeneratedSpectrogram"].Type;
        Assert.Equal([3, 28, 112], type.Dimensions.ToArray());
    }

    private sealed class WrongRow
    {
        [VectorType(100)] public float[] FaceWindow { get; set; } = new float[100];
        public bool Label { get; set; }
    }

    [Fact]
    public void BadSchemasAreRejectedNamingColumnExpectedAndActual()
    {
        var ml = gan.Ml;
        var wrong = ml.Data.LoadFromEnumerable([new WrongRow()]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => gan.Model.Transform(wrong));
        Assert.Contains("'FaceWindow'", e.Message);
        Assert.Contains($"Vector<Single, {Shapes.WindowLength}>", e.Message);
        Assert.Contains("Vector<Single, 100>", e.Message);

        var shape = MappedSchema.ShapeOf(ml.Transforms.DropColumns("FaceWindow").Fit(wrong).Transform(wrong).Schema);
        var missing = Assert.Throws<ArgumentOutOfRangeException>(() => gan.Estimator.GetOutputSchema(shape));
        Assert.Contains("'FaceWindow'", missing.Message);
        Assert.Contains("missing", missing.Message);

        var label = Assert.Throws<ArgumentOutOfRangeException>(() => gan.Estimator.GetOutputSchema(MappedSchema.ShapeOf(wrong.Schema)));
        Assert.Contains("'Label'", label.Message);
        Assert.Contains("actual Boolean", label.Message);
    }

    [Fact]
    public void MissingWindowGivesNaNAndAWarning()
    {
        var ml = new MLContext(seed: 1);
        var warnings = MlTestData.CaptureWarnings(ml);
        var rows = SyntheticRows.Create(2);
        rows[1].FaceWindow[3] = float.NaN;
        var tiny = ml.Transforms.AugmentAudioFromFace(options: SyntheticRows.TinyAugment()).Fit(ml.Data.LoadFromEnumerable(SyntheticRows.Create(6)));
        using (tiny)
        {
            var output = MlTestData.Column(tiny.Transform(ml.Data.LoadFromEnumerable(rows)), "GeneratedSpectrogram");
            Assert.All(output[0], v => Assert.False(float.IsNaN(v)));
            Assert.All(output[1], v => Assert.True(float.IsNaN(v)));
            Assert.Contains(warnings, w => w.Contains("GeneratedSpectrogram") && w.Contains("missing"));
        }
    }

    [Fact]
    public void SaveLoadInProcessAndInAnotherProcessGiveIdenticalOutputs()
    {
        using var dir = new TempDir();
        string zip = dir.Combine("gan.zip");
        gan.Ml.Model.Save(gan.Model, gan.Data.Schema, zip);
        var expected = MlTestData.Column(gan.Model.Transform(gan.Data), "GeneratedSpectrogram");

        var fresh = new MLContext(seed: 9);
        TcWganMLNet.Register(fresh);
        var loaded = fresh.Model.Load(zip, out _);
        Assert.Equal(expected, MlTestData.Column(loaded.Transform(gan.Data), "GeneratedSpectrogram"));
        (loaded as IDisposable)?.Dispose();

        var other = LoadProbeRunner.Run(gan.Ml, zip, gan.Data, "GeneratedSpectrogram", dir.Path);
        Assert.Equal(expected, other);
    }

    [Fact]
    public void DamagedWeightsEntryIsAClearError()
    {
        using var dir = new TempDir();
        string zip = dir.Combine("gan.zip");
        gan.Ml.Model.Save(gan.Model, gan.Data.Schema, zip);
        ZipPatcher.PatchPayload(zip, (bytes, at) => bytes[at + (bytes.Length - at) / 2] ^= 0x5A, reseal: false); // inside the generator blob
        var fresh = new MLContext();
        TcWganMLNet.Register(fresh);
        var e = Assert.ThrowsAny<Exception>(() => fresh.Model.Load(zip, out _));
        string messages = ZipPatcher.Messages(e);
        Assert.Contains("SHA-256", messages);
        Assert.Contains("TcWgan.MLNet model entry", messages);
    }

    [Fact]
    public void PredictionEngineWorksOnALoadedModel()
    {
        using var dir = new TempDir();
        string zip = dir.Combine("gan.zip");
        gan.Ml.Model.Save(gan.Model, gan.Data.Schema, zip);
        var fresh = new MLContext(seed: 1);
        TcWganMLNet.Register(fresh);
        var loaded = fresh.Model.Load(zip, out _);
        var engine = fresh.Model.CreatePredictionEngine<SyntheticRows.Row, GeneratedRow>(loaded);
        var a = engine.Predict(gan.Rows[0]).GeneratedSpectrogram;
        var b = engine.Predict(gan.Rows[1]).GeneratedSpectrogram;
        var a2 = engine.Predict(gan.Rows[0]).GeneratedSpectrogram;
        Assert.Equal(Shapes.SpectrogramLength, a.Length);
        Assert.NotEqual(a, b);
        Assert.All(a, v => Assert.InRange(v, -1f, 1f));
        Assert.Equal(a.Length, a2.Length);
    }

    [Fact]
    public void FitCanLoadAPretrainedModelInsteadOfTraining()
    {
        using var dir = new TempDir();
        string path = dir.Combine("pretrained.tcwgan");
        using (var file = File.Create(path)) gan.Model.Model.Save(file);
        var options = SyntheticRows.TinyAugment() with { PretrainedModelPath = path };
        var withoutSpectrogram = gan.Ml.Transforms.DropColumns("Spectrogram").Fit(gan.Data).Transform(gan.Data);
        using var loaded = gan.Ml.Transforms.AugmentAudioFromFace(options: options).Fit(withoutSpectrogram);
        Assert.Equal(MlTestData.Column(gan.Model.Transform(gan.Data), "GeneratedSpectrogram"),
            MlTestData.Column(loaded.Transform(withoutSpectrogram), "GeneratedSpectrogram"));
    }

    private sealed class GeneratedRow
    {
        public float[] GeneratedSpectrogram { get; set; } = [];
    }
}
