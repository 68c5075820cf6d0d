using Microsoft.ML;
using Microsoft.ML.Data;
using TcWgan.Media;
using TcWgan.MLNet.Tests.Support;
using TcWgan.Nn;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.Augmentation;

/// <summary>
/// <c>trainer.WithFaceAugmentation(...)</c> in one ML.NET chain on the real test clips: one Fit, one saved .zip that
/// scores from an audio path alone (in this process and in a fresh one), for three kinds of trainer.
/// </summary>
public sealed class FaceAugmentedTrainerTests
{
    private static FaceAugmentationOptions Tiny() => new()
    {
        Gan = GanOptions.FromPreset(GanPreset.WganGp) with
        {
            Encoder = EncoderKind.Conv3d, Width = 0.125, Steps = 2, EncoderPretrainSteps = 1, ClassifierSteps = 1,
            CriticSteps = 1, BatchSize = 2, Seed = 1, Device = "cpu",
        },
        GeneratedPerClass = 2, WindowsPerClip = 1, Seed = 3,
    };

    /// <summary>The three real clips with faces (CREMA-D anger and happiness, RAVDESS neutral) as manifest-style rows.</summary>
    private static IDataView RealRows(MLContext ml)
    {
        var crema = ml.Data.LoadClips("crema-d", RepoPaths.RealCremaD);
        var ravdess = ml.Data.LoadClips("ravdess", RepoPaths.RealRavdess);
        var rows = ml.Data.CreateEnumerable<ModelInput>(crema, false).Concat(ml.Data.CreateEnumerable<ModelInput>(ravdess, false)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.True(File.Exists(r.VideoPath) && File.Exists(r.AudioPath)));
        return ml.Data.LoadFromEnumerable(rows);
    }

    private static IEstimator<ITransformer> Chain<T>(MLContext ml, IEstimator<T> trainer, out FaceAugmentedTrainer<T> augmented)
        where T : class, ITransformer
    {
        augmented = trainer.WithFaceAugmentation(ml, Tiny());
        return ml.Transforms.LoadSpectrogram()
            .Append(ml.Transforms.Conversion.MapValueToKey(Defaults.Label))
            .Append(augmented)
            .Append(ml.Transforms.Conversion.MapKeyToValue(ModelOutput.PredictedEmotionColumn, Defaults.PredictedLabel));
    }

    public static TheoryData<string> Trainers => new() { "lbfgs", "lightgbm", "spectrogram-cnn" };

    private static ITransformer FitWith(MLContext ml, string trainer, IDataView rows, out (int Real, int Generated) trained,
        out bool hasGenerator)
    {
        ITransformer model;
        switch (trainer)
        {
            case "lbfgs":
            {
                var chain = Chain(ml, ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                    new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
                    {
                        LabelColumnName = Defaults.Label, FeatureColumnName = Defaults.Spectrogram, MaximumNumberOfIterations = 5,
                    }), out var a);
                model = chain.Fit(rows); trained = a.LastTrainingRows; hasGenerator = a.Generator is not null;
                break;
            }
            case "lightgbm":
            {
                var chain = Chain(ml, ml.MulticlassClassification.Trainers.LightGbm(Defaults.Label, Defaults.Spectrogram,
                    numberOfLeaves: 2, minimumExampleCountPerLeaf: 1, numberOfIterations: 3), out var a);
                model = chain.Fit(rows); trained = a.LastTrainingRows; hasGenerator = a.Generator is not null;
                break;
            }
            default:
            {
                var cnn = ml.MulticlassClassification.Trainers.SpectrogramCnn(new SpectrogramCnnOptions
                {
                    Classifier = new ClassifierOptions { Width = 0.125, Epochs = 1, BatchSize = 4, Seed = 1, Device = "cpu" },
                });
                var chain = Chain(ml, cnn, out var a);
                model = chain.Fit(rows); trained = a.LastTrainingRows; hasGenerator = a.Generator is not null;
                break;
            }
        }
        return model;
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void One_fit_one_zip_that_scores_from_an_audio_path_alone(string trainer)
    {
        using var dir = new TempDir();
        var ml = new MLContext(seed: 1);
        var rows = RealRows(ml);
        var model = FitWith(ml, trainer, rows, out var trained, out bool hasGenerator);

        Assert.True(hasGenerator);
        Assert.Equal((3, 2 * 3), trained); // two generated rows for each of the three emotions the label knows
        string zip = dir.Combine("aer.zip");
        ml.Model.Save(model, rows.Schema, zip);
        Assert.Single(Directory.GetFiles(dir.Path));

        // Model Builder-style consumption from an audio path alone: no video column is read.
        string wav = Path.Combine(RepoPaths.RealCremaD, "AudioWAV", "1001_DFA_HAP_XX.wav");
        using (var consumer = new EmotionModelConsumer(zip))
        {
            Assert.Equal(["anger", "happiness", "neutral"], consumer.Labels.Order());
            var output = consumer.Predict(new ModelInput { AudioPath = wav });
            Assert.Contains(output.PredictedEmotion, consumer.Labels);
            var all = consumer.PredictAllLabels(new ModelInput { AudioPath = wav });
            Assert.Equal(3, all.Count);
            Assert.Equal(output.PredictedEmotion, all[0].Key);
            Assert.True(all[0].Value >= all[^1].Value);
        }

        // A fresh process loads the same .zip and gives the same scores, from rows holding only an audio path and an empty label.
        var audioOnly = ml.Data.LoadFromEnumerable(new[] { new AudioRow { AudioPath = wav } });
        var here = MlTestData.Column(model.Transform(audioOnly), Defaults.Score);
        var there = LoadProbeRunner.Run(ml, zip, audioOnly, Defaults.Score, dir.Path);
        Assert.Equal(here.Count, there.Count);
        for (int i = 0; i < here[0].Length; i++) Assert.Equal(here[0][i], there[0][i], 4);
    }

    private sealed class AudioRow
    {
        public string AudioPath { get; set; } = "";
        public string Label { get; set; } = "";
    }

    [Fact]
    public void Rows_without_a_video_column_or_a_key_label_are_refused_naming_the_column()
    {
        var ml = new MLContext(seed: 1);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(Defaults.Label, Defaults.Spectrogram).WithFaceAugmentation(ml, Tiny());
        var audio = ml.Data.LoadFromEnumerable(new[] { new AudioRow { AudioPath = "x.wav" } });
        var noVideo = ml.Transforms.LoadSpectrogram().Append(ml.Transforms.Conversion.MapValueToKey(Defaults.Label)).Fit(audio).Transform(audio);
        var e = Assert.ThrowsAny<ArgumentException>(() => trainer.Fit(noVideo));
        Assert.Contains(Defaults.VideoPath, e.Message);

        var textLabel = ml.Transforms.LoadSpectrogram().Fit(RealRows(ml)).Transform(RealRows(ml));
        var label = Assert.Throws<ArgumentOutOfRangeException>(() => trainer.Fit(textLabel));
        Assert.Contains("expected Key<UInt32>", label.Message);
    }

    [Fact]
    public void Invalid_options_are_refused_with_every_problem()
    {
        var ml = new MLContext(seed: 1);
        var e = Assert.Throws<ArgumentException>(() => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy()
            .WithFaceAugmentation(ml, new FaceAugmentationOptions { WindowsPerClip = 0, GeneratedPerClass = 1, SyntheticToRealRatio = 1 }));
        Assert.Contains("WindowsPerClip", e.Message);
        Assert.Contains("at most one of GeneratedPerClass and SyntheticToRealRatio", e.Message);
    }
}
