using Microsoft.ML;
using TcWgan.MLNet.Mapping;
using TcWgan.MLNet.Tests.Support;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.Media;

public class SpectrogramLoadingTests
{
    [Fact]
    public void ToneGivesASpectrogramAndABadFileGivesNaNWithAWarning()
    {
        using var dir = new TempDir();
        string tone = FfmpegClips.ToneWav(dir.Combine("tone.wav"), seconds: 1.5);
        string bad = dir.Combine("bad.wav");
        File.WriteAllText(bad, "not audio");
        var ml = new MLContext(seed: 1);
        var warnings = MlTestData.CaptureWarnings(ml);

        var data = MlTestData.Paths(ml, tone, bad);
        var output = ml.Transforms.LoadSpectrogram().Fit(data).Transform(data);
        var rows = MlTestData.Column(output, "Spectrogram");

        Assert.Equal(2, rows.Count);
        Assert.Equal(Shapes.SpectrogramLength, rows[0].Length);
        Assert.All(rows[0], v => Assert.InRange(v, -1f, 1f));
        Assert.Contains(rows[0], v => v > -1f);                                    // not a blank image
        Assert.All(rows[1], v => Assert.True(float.IsNaN(v)));
        Assert.Contains(warnings, w => w.Contains("bad.wav") && w.Contains("Spectrogram"));
    }

    [Fact]
    public void WithACacheFolderASecondFitAndTransformReadTheSpectrogramsBackInsteadOfDecoding()
    {
        using var dir = new TempDir();
        string tone = FfmpegClips.ToneWav(dir.Combine("tone.wav"), seconds: 1.5);
        string other = FfmpegClips.ToneWav(dir.Combine("other.wav"), seconds: 1, toneHz: 300);
        string bad = dir.Combine("bad.wav");
        File.WriteAllText(bad, "not audio");
        var options = new SpectrogramLoadingOptions { CacheFolder = dir.Combine("cache") };
        var ml = new MLContext(seed: 1);
        var data = MlTestData.Paths(ml, tone, other, bad, tone);
        var first = MlTestData.Column(ml.Transforms.LoadSpectrogram(options: options).Fit(data).Transform(data), "Spectrogram");
        var uncached = MlTestData.Column(ml.Transforms.LoadSpectrogram().Fit(data).Transform(data), "Spectrogram");
        Assert.Equal(uncached[0], first[0]);
        Assert.Equal(uncached[1], first[1]);
        Assert.All(first[2], v => Assert.True(float.IsNaN(v)));                    // a bad file is missing, not cached
        var cache = new TcWgan.Data.TensorCache(options.CacheFolder);
        Assert.Equal(2, cache.EntryFiles().Count);                                  // one entry per distinct good file

        // Replace tone.wav's entry by a marked one: a second Fit/Transform that decoded again would not see the mark.
        var toneKey = TcWgan.Data.CacheKey.Create([tone], SpectrogramLoadingTransformer.CacheSettings(options.Spectrogram));
        var marked = Enumerable.Repeat(0.25f, Shapes.SpectrogramLength).ToArray();
        cache.Put(toneKey, new TcWgan.Data.TensorEntry([[marked]]));
        var second = MlTestData.Column(new MLContext(seed: 2).Transforms.LoadSpectrogram(options: options).Fit(data).Transform(data), "Spectrogram");
        Assert.Equal(marked, second[0]);
        Assert.Equal(marked, second[3]);
        Assert.Equal(first[1], second[1]);

        // Other settings are another key: decoded afresh, never served the marked entry.
        var trimmed = options with { Spectrogram = options.Spectrogram with { TrimThresholdDb = 30 } };
        var third = MlTestData.Column(ml.Transforms.LoadSpectrogram(options: trimmed).Fit(data).Transform(data), "Spectrogram");
        Assert.NotEqual(marked, third[0]);
        Assert.Equal(4, cache.EntryFiles().Count);
    }

    [Fact]
    public void TheCacheFolderIsNotSavedWithTheModel()
    {
        var options = new SpectrogramLoadingOptions { CacheFolder = "/some/machine/path" };
        string json = System.Text.Json.JsonSerializer.Serialize(options);
        Assert.DoesNotContain("machine", json);
        Assert.Empty(options.Validate());
        Assert.Contains("CacheFolder", Assert.Single((options with { CacheFolder = " " }).Validate()));
    }

    [Fact]
    public void OutputColumnIsShaped3x28x112()
    {
        var ml = new MLContext(seed: 1);
        var data = MlTestData.Paths(ml, "x.wav");
        var schema = ml.Transforms.LoadSpectrogram().Fit(data).GetOutputSchema(data.Schema);
        var type = Assert.IsType<Microsoft.ML.Data.VectorDataViewType>(schema["Spectrogram"].Type);
        Assert.Equal([3, 28, 112], type.Dimensions.ToArray());
    }

    [Fact]
    public void EstimatorSchemaEqualsTransformerSchema()
    {
        var ml = new MLContext(seed: 1);
        var data = MlTestData.Paths(ml, "x.wav");
        var estimator = ml.Transforms.LoadSpectrogram();
        var fromEstimator = estimator.GetOutputSchema(MappedSchema.ShapeOf(data.Schema));
        var fromTransformer = MappedSchema.ShapeOf(estimator.Fit(data).GetOutputSchema(data.Schema));
        MlTestData.AssertSameShape(fromEstimator, fromTransformer);
    }

    private sealed class NumberRow
    {
        public float AudioPath { get; set; }
    }

    [Fact]
    public void WrongInputTypeIsRejectedNamingColumnExpectedAndActual()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable([new NumberRow()]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ml.Transforms.LoadSpectrogram().GetOutputSchema(MappedSchema.ShapeOf(data.Schema)));
        Assert.Contains("'AudioPath'", e.Message);
        Assert.Contains("expected String", e.Message);
        Assert.Contains("actual Single", e.Message);
        var missing = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ml.Transforms.LoadSpectrogram(audioPathColumnName: "Nope").Fit(data));
        Assert.Contains("'Nope'", missing.Message);
        Assert.Contains("missing", missing.Message);
    }

    [Fact]
    public void InvalidOptionsListEveryError()
    {
        var ml = new MLContext(seed: 1);
        var options = new SpectrogramLoadingOptions
        {
            BatchSize = 0,
            Spectrogram = new TcWgan.Dsp.SpectrogramOptions { SampleRate = 8000 },
        };
        var e = Assert.Throws<ArgumentException>(() => ml.Transforms.LoadSpectrogram(options: options));
        Assert.Contains("BatchSize", e.Message);
        Assert.Contains("16000", e.Message);
    }
}
