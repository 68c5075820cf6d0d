using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TcWgan.Media;
using TcWgan.MLNet;
using TcWgan.Nn;

namespace TcWgan.Pipelines;

/// <summary>Settings of the example pipeline (defaults: a quick CPU run).</summary>
public sealed record AerExampleSettings
{
    /// <summary>Folder for the saved models.</summary>
    public string OutputDirectory { get; init; } = "pipeline-output";

    /// <summary>Seed of the context, the split and the fusion.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Share of speakers held out for evaluation.</summary>
    public double TestFraction { get; init; } = 0.3;

    /// <summary>Face extraction settings.</summary>
    public FaceOptions Face { get; init; } = new();

    /// <summary>GAN settings (a short run by default).</summary>
    public GanOptions Gan { get; init; } = GanOptions.FromPreset(GanPreset.WganGp) with
    {
        Steps = 200, EncoderPretrainSteps = 50, ClassifierSteps = 50, BatchSize = 16, Width = 0.5, Seed = 1,
    };

    /// <summary>Generated rows per emotion added to the training set.</summary>
    public int GeneratedPerClass { get; init; } = 20;

    /// <summary>L-BFGS iterations of the downstream classifier.</summary>
    public int ClassifierIterations { get; init; } = 50;
}

/// <summary>What the example pipeline produced.</summary>
/// <param name="MicroAccuracy">Accuracy on the held-out rows.</param>
/// <param name="MacroAccuracy">Mean per-class accuracy on the held-out rows.</param>
/// <param name="TrainRows">Real training rows.</param>
/// <param name="FusedRows">Training rows after fusion (real + generated).</param>
/// <param name="TestRows">Held-out rows.</param>
/// <param name="AerModelPath">The saved audio emotion model (spectrogram stage + classifier): scores from an audio path.</param>
/// <param name="GeneratorModelPath">The trained face-to-audio generator (<see cref="FaceToAudioModel"/> file), for reuse.</param>
/// <param name="Predicted">The reloaded model's prediction for the first held-out clip.</param>
public sealed record AerExampleResult(double MicroAccuracy, double MacroAccuracy, int TrainRows, int FusedRows, int TestRows,
    string AerModelPath, string GeneratorModelPath, string Predicted);

/// <summary>
/// The example a user would copy: clip rows → one chain (LoadSpectrogram → MapValueToKey → a standard ML.NET trainer
/// <c>.WithFaceAugmentation(...)</c> → MapKeyToValue) → one Fit → evaluate → one saved .zip → load in a fresh context
/// and predict from an audio path.
/// </summary>
public static class AerExample
{
    private sealed class ClipRow
    {
        public string VideoPath { get; set; } = "";
        public string AudioPath { get; set; } = "";
        public string Label { get; set; } = "";
        public string Speaker { get; set; } = "";
    }

    /// <summary>Runs the whole example on <paramref name="clips"/>, writing progress to <paramref name="log"/>.</summary>
    public static AerExampleResult Run(IReadOnlyList<ClipRecord> clips, AerExampleSettings settings, TextWriter log)
    {
        if (clips.Count == 0) throw new ArgumentException("No clips to run on.", nameof(clips));
        Directory.CreateDirectory(settings.OutputDirectory);
        var ml = new MLContext(settings.Seed);
        ml.Log += (_, e) => { if (e.Kind == Microsoft.ML.Runtime.ChannelMessageKind.Warning) log.WriteLine($"warning: {e.Message}"); };

        // 1. Rows: one per clip (paths, label, speaker), split by speaker.
        var rows = ml.Data.LoadFromEnumerable(clips.Select(c => new ClipRow
        {
            VideoPath = c.VideoPath ?? "", AudioPath = c.AudioSource, Label = c.Emotion.Name(), Speaker = c.Speaker,
        }).ToList());
        var split = ml.Data.TrainTestSplit(rows, settings.TestFraction, samplingKeyColumnName: nameof(ClipRow.Speaker), seed: settings.Seed);
        var (train, test) = (split.TrainSet, split.TestSet);
        if (Count(train) == 0 || Count(test) == 0)
        {
            log.WriteLine("Too few speakers to hold some out: training and evaluating on every row.");
            (train, test) = (rows, rows);
        }

        // 2. One chain: spectrogram of every clip → label key → any multiclass trainer, its training rows augmented with
        //    spectrograms the tc-wGAN generates from the clips' faces → emotion names. One Fit trains all of it.
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = Defaults.Label, FeatureColumnName = Defaults.Spectrogram,
            MaximumNumberOfIterations = settings.ClassifierIterations,
        }).WithFaceAugmentation(ml, new FaceAugmentationOptions
        {
            Face = settings.Face, Gan = settings.Gan, GeneratedPerClass = settings.GeneratedPerClass, Seed = settings.Seed,
            Progress = new Progress<TrainingProgress>(p =>
            {
                if (p.CompletedSteps % 50 == 0) log.WriteLine($"GAN step {p.CompletedSteps}/{p.TotalSteps}");
            }),
        });
        var pipeline = ml.Transforms.LoadSpectrogram()
            .AppendCacheCheckpoint(ml)
            .Append(ml.Transforms.Conversion.MapValueToKey(Defaults.Label))
            .Append(trainer)
            .Append(ml.Transforms.Conversion.MapKeyToValue(ModelOutput.PredictedEmotionColumn, Defaults.PredictedLabel));
        var model = pipeline.Fit(train);
        var (real, generated) = trainer.LastTrainingRows;
        log.WriteLine($"Trained on {real} real + {generated} generated rows.");

        // 3. Evaluate on held-out speakers: the fitted chain scores from the audio path alone.
        var metrics = ml.MulticlassClassification.Evaluate(model.Transform(test));
        log.WriteLine($"Held-out accuracy: micro {metrics.MicroAccuracy:F3}, macro {metrics.MacroAccuracy:F3}");

        // 4. Save: one .zip (spectrogram stage + classifier); the generator, for AugmentAudioFromFace users, beside it.
        string aerPath = Path.Combine(settings.OutputDirectory, "aer.zip");
        string generatorPath = Path.Combine(settings.OutputDirectory, "generator.tcwgan");
        ml.Model.Save(model, train.Schema, aerPath);
        using (var stream = File.Create(generatorPath)) trainer.Generator!.Model.Save(stream);
        log.WriteLine($"Saved {aerPath} (and the generator as {generatorPath}).");

        // 5. Load in a fresh context and predict one clip from its audio path, as a consuming application would.
        var first = ml.Data.CreateEnumerable<ClipRow>(test, reuseRowObject: false).First();
        string predicted;
        using (var consumer = new EmotionModelConsumer(aerPath))
        {
            var scores = consumer.PredictAllLabels(new ModelInput { AudioPath = first.AudioPath });
            predicted = scores[0].Key;
            log.WriteLine($"Reloaded model: {Path.GetFileName(first.AudioPath)} (label {first.Label}) → " +
                          string.Join(", ", scores.Select(p => $"{p.Key} {p.Value:F2}")));
        }
        trainer.Generator!.Dispose();

        return new AerExampleResult(metrics.MicroAccuracy, metrics.MacroAccuracy, real, real + generated,
            (int)Count(test), aerPath, generatorPath, predicted);
    }

    private static long Count(IDataView view) => view.GetRowCount() ?? view.GetColumn<string>(nameof(ClipRow.Label)).LongCount();
}
