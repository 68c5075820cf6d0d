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
/// <param name="AerModelPath">The saved audio emotion model (spectrogram stage + classifier).</param>
/// <param name="GeneratorModelPath">The saved face-to-audio model (face window stage + generator).</param>
/// <param name="Predicted">The reloaded model's prediction for the first held-out clip.</param>
public sealed record AerExampleResult(double MicroAccuracy, double MacroAccuracy, int TrainRows, int FusedRows, int TestRows,
    string AerModelPath, string GeneratorModelPath, string Predicted);

/// <summary>
/// The example a user would copy: clip rows → media stages → AugmentAudioFromFace → fusion → standard ML.NET AER
/// stages → evaluate → save .zip → load in a fresh context and predict.
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
            VideoPath = c.VideoPath, AudioPath = c.AudioSource, Label = c.Emotion.Name(), Speaker = c.Speaker,
        }).ToList());
        var split = ml.Data.TrainTestSplit(rows, settings.TestFraction, samplingKeyColumnName: nameof(ClipRow.Speaker), seed: settings.Seed);
        var (train, test) = (split.TrainSet, split.TestSet);
        if (Count(train) == 0 || Count(test) == 0)
        {
            log.WriteLine("Too few speakers to hold some out: training and evaluating on every row.");
            (train, test) = (rows, rows);
        }

        // 2. Media stages: middle face window and spectrogram of every clip (cached: decoding is the slow part).
        var media = ml.Transforms.LoadFaceWindows(options: new FaceWindowLoadingOptions { Face = settings.Face })
            .Append(ml.Transforms.LoadSpectrogram())
            .AppendCacheCheckpoint(ml)
            .Fit(train);
        var trainMedia = ml.Data.Cache(media.Transform(train));
        log.WriteLine($"Media stages: {Count(trainMedia)} training clips decoded.");

        // 3. AugmentAudioFromFace: trains the temporal face encoder and tc-wGAN on the training rows.
        var generator = ml.Transforms.AugmentAudioFromFace(options: new AugmentAudioOptions
        {
            Gan = settings.Gan,
            Progress = new Progress<TrainingProgress>(p =>
            {
                if (p.CompletedSteps % 50 == 0) log.WriteLine($"GAN step {p.CompletedSteps}/{p.TotalSteps}");
            }),
        }).Fit(trainMedia);

        // 4. Fusion: real rows plus generated rows per class, marked by IsGenerated.
        var fused = ml.Data.Cache(ml.Data.FuseGenerated(trainMedia, generator,
            new FusionOptions { GeneratedPerClass = settings.GeneratedPerClass, Seed = settings.Seed }));
        log.WriteLine($"Fused training set: {Count(fused)} rows.");

        // 5. Standard ML.NET AER stages on the spectrogram vector.
        var aer = ml.Transforms.Conversion.MapValueToKey(Defaults.Label)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = Defaults.Label, FeatureColumnName = Defaults.Spectrogram,
                MaximumNumberOfIterations = settings.ClassifierIterations,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue(ModelOutput.PredictedEmotionColumn, Defaults.PredictedLabel))
            .Fit(fused);

        // 6. Evaluate on held-out clips: the scoring model is the spectrogram stage followed by the AER stages.
        var spectrogramStage = ml.Transforms.LoadSpectrogram().Fit(test);
        var scoring = new TransformerChain<ITransformer>(spectrogramStage, aer);
        var metrics = ml.MulticlassClassification.Evaluate(scoring.Transform(test));
        log.WriteLine($"Held-out accuracy: micro {metrics.MicroAccuracy:F3}, macro {metrics.MacroAccuracy:F3}");

        // 7. Save: one .zip for the audio emotion model, one for the face-to-audio generator (weights inside).
        string aerPath = Path.Combine(settings.OutputDirectory, "aer.zip");
        string generatorPath = Path.Combine(settings.OutputDirectory, "generator.zip");
        ml.Model.Save(scoring, test.Schema, aerPath);
        ml.Model.Save(new TransformerChain<ITransformer>(media, generator), train.Schema, generatorPath);
        log.WriteLine($"Saved {aerPath} and {generatorPath}.");

        // 8. Load in a fresh context and predict one clip, as a consuming application would.
        var first = ml.Data.CreateEnumerable<ClipRow>(test, reuseRowObject: false).First();
        string predicted;
        using (var consumer = new EmotionModelConsumer(aerPath))
            predicted = consumer.Predict(new ModelInput { VideoPath = first.VideoPath, AudioPath = first.AudioPath }).PredictedEmotion;
        log.WriteLine($"Reloaded model predicts '{predicted}' for {Path.GetFileName(first.AudioPath)} (label {first.Label}).");
        generator.Dispose();

        return new AerExampleResult(metrics.MicroAccuracy, metrics.MacroAccuracy, (int)Count(trainMedia), (int)Count(fused),
            (int)Count(test), aerPath, generatorPath, predicted);
    }

    private static long Count(IDataView view) => view.GetRowCount() ?? view.GetColumn<string>(nameof(ClipRow.Label)).LongCount();
}
