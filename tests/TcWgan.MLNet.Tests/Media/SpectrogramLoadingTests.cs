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
