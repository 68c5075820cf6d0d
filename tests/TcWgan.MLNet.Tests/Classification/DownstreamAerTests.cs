using Microsoft.ML;
using TcWgan.MLNet.Mapping;
using TcWgan.MLNet.Tests.Support;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.Classification;

public class DownstreamAerTests
{
    private static (MLContext Ml, IDataView Data) Data(int rows = 24)
    {
        var ml = new MLContext(seed: 1);
        return (ml, ml.Data.LoadFromEnumerable(SyntheticRows.Create(rows)));
    }

    private sealed class Prediction
    {
        public string PredictedEmotion { get; set; } = "";
        public float[] Score { get; set; } = [];
    }

    [Fact]
    public void StandardStagesTrainOnTheSpectrogramColumn()
    {
        var (ml, data) = Data();
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Spectrogram", MaximumNumberOfIterations = 5,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedEmotion", "PredictedLabel"));
        var model = pipeline.Fit(data);
        var scored = model.Transform(data);
        var metrics = ml.MulticlassClassification.Evaluate(scored);
        Assert.InRange(metrics.MicroAccuracy, 0, 1);
        var predictions = ml.Data.CreateEnumerable<Prediction>(scored, false).ToList();
        Assert.All(predictions, p => Assert.Contains(p.PredictedEmotion, Emotions.Names));
    }

    [Theory]
    [InlineData("sdca")]
    [InlineData("lightgbm")]
    public void OtherStandardTrainersAcceptTheSpectrogramColumn(string trainer)
    {
        var (ml, data) = Data();
        IEstimator<ITransformer> classifier = trainer == "sdca"
            ? ml.MulticlassClassification.Trainers.SdcaMaximumEntropy("Label", "Spectrogram", maximumNumberOfIterations: 3)
            : ml.MulticlassClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Spectrogram", NumberOfIterations = 3,
                MinimumExampleCountPerLeaf = 2, NumberOfLeaves = 4,
            });
        var model = ml.Transforms.Conversion.MapValueToKey("Label").Append(classifier)
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedEmotion", "PredictedLabel")).Fit(data);
        var scored = model.Transform(data);
        Assert.InRange(ml.MulticlassClassification.Evaluate(scored).MicroAccuracy, 0, 1);
        Assert.All(ml.Data.CreateEnumerable<Prediction>(scored, false), p => Assert.Contains(p.PredictedEmotion, Emotions.Names));
    }

    [Fact]
    public void SpectrogramCnnIsAnMLNetMulticlassTrainer()
    {
        var (ml, data) = Data();
        var estimator = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.SpectrogramCnn(SyntheticRows.TinyCnn()));
        var fromEstimator = estimator.GetOutputSchema(MappedSchema.ShapeOf(data.Schema));
        var model = estimator.Append(ml.Transforms.Conversion.MapKeyToValue("PredictedEmotion", "PredictedLabel")).Fit(data);
        var scored = model.Transform(data);
        var metrics = ml.MulticlassClassification.Evaluate(scored);
        Assert.InRange(metrics.MicroAccuracy, 0, 1);
        Assert.Equal(6, metrics.ConfusionMatrix.NumberOfClasses);
        var predictions = ml.Data.CreateEnumerable<Prediction>(scored, false).ToList();
        Assert.All(predictions, p =>
        {
            Assert.Contains(p.PredictedEmotion, Emotions.Names);
            Assert.Equal(6, p.Score.Length);
            Assert.Equal(1f, p.Score.Sum(), 3);
        });
        var shapeAfterFit = MappedSchema.ShapeOf(((ITransformer)model).GetOutputSchema(data.Schema));
        foreach (var name in new[] { "Score", "PredictedLabel" })
        {
            MappedSchema.TryFind(fromEstimator, name, out var e);
            MappedSchema.TryFind(shapeAfterFit, name, out var t);
            Assert.Equal(ColumnChecks.Describe(e), ColumnChecks.Describe(t));
        }
    }

    [Fact]
    public void SpectrogramCnn_takes_output_column_names_logs_every_epoch_and_cancels()
    {
        var (ml, data) = Data(12);
        var lines = new List<string>();
        ml.Log += (_, e) => { if (e.Message.Contains("SpectrogramCnn")) lock (lines) lines.Add(e.Message); };
        var options = SyntheticRows.TinyCnn() with
        {
            ScoreColumnName = "Probabilities", PredictedLabelColumnName = "Guess",
            Classifier = SyntheticRows.TinyCnn().Classifier with { Epochs = 2 },
        };
        var model = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.SpectrogramCnn(options)).Fit(data);
        var schema = model.Transform(data).Schema;
        Assert.Equal(6, ((Microsoft.ML.Data.VectorDataViewType)schema["Probabilities"].Type).Size);
        Assert.IsType<Microsoft.ML.Data.KeyDataViewType>(schema["Guess"].Type);
        Assert.Null(schema.GetColumnOrNull("Score"));
        Assert.Contains(lines, l => l.Contains("SpectrogramCnn epoch 1/2:"));
        Assert.Contains(lines, l => l.Contains("SpectrogramCnn epoch 2/2:"));
        Assert.Contains(lines, l => l.Contains("kept epoch"));

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var stopped = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.SpectrogramCnn(options with { CancellationToken = cancelled.Token }));
        Assert.ThrowsAny<OperationCanceledException>(() => stopped.Fit(data));
        Assert.Throws<ArgumentException>(() => ml.MulticlassClassification.Trainers.SpectrogramCnn(options with { ScoreColumnName = "Guess" }));
    }

    [Fact]
    public void SpectrogramCnnRoundTripsThroughTheZip()
    {
        var (ml, data) = Data(12);
        var model = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.SpectrogramCnn(SyntheticRows.TinyCnn())).Fit(data);
        using var dir = new TempDir();
        string zip = dir.Combine("q.zip");
        ml.Model.Save(model, data.Schema, zip);
        var fresh = new MLContext();
        TcWganMLNet.Register(fresh);
        var loaded = fresh.Model.Load(zip, out _);
        Assert.Equal(MlTestData.Column(model.Transform(data), "Score"), MlTestData.Column(loaded.Transform(data), "Score"));
    }

    private sealed class NumericLabelRow
    {
        [Microsoft.ML.Data.VectorType(3, 28, 112)] public float[] Spectrogram { get; set; } = new float[Shapes.SpectrogramLength];
        public float Label { get; set; }
    }

    [Fact]
    public void SpectrogramCnnRejectsANonKeyLabel()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable([new NumericLabelRow()]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ml.MulticlassClassification.Trainers.SpectrogramCnn(SyntheticRows.TinyCnn()).GetOutputSchema(MappedSchema.ShapeOf(data.Schema)));
        Assert.Contains("'Label'", e.Message);
        Assert.Contains("expected Key<UInt32>", e.Message);
        Assert.Contains("actual Single", e.Message);
    }
}
