using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using TcWgan.Experiments.Config;
using TcWgan.Experiments.Reporting;
using TcWgan.Experiments.Results;
using TcWgan.Experiments.Samples;
using TcWgan.MLNet;
using TcWgan.Nn;

namespace TcWgan.Experiments.Study;

/// <summary>Runs one row of Table I for one seed: build its training set, train the classifiers, evaluate.</summary>
public sealed class RowRunner(StudyContext context, Action<string>? log = null, IProgress<TrainingProgress>? ganProgress = null)
{
    private MLContext Ml => context.Ml;

    /// <summary>Runs <paramref name="row"/> with <paramref name="seed"/>.</summary>
    public RowResult Run(string row, int seed) => row switch
    {
        RowNames.LogMelStats => LogMelStats(seed),
        RowNames.RealOnly => Classify(row, seed, context.TrainClean, added: 0, generator: null),
        RowNames.SpecAugment => Classify(row, seed,
            context.TrainClean.Concat(StudyRows.Augmented(context.Corpus.Train, context.AddedSamples, seed)).ToList(),
            context.AddedSamples, generator: null),
        _ when RowNames.HasGenerator(row) => GeneratorRow(row, seed),
        _ => throw new ArgumentException($"Unknown row '{row}'.", nameof(row)),
    };

    private RowResult LogMelStats(int seed)
    {
        var outcome = AerTraining.TrainLogMelStatistics(Ml, StudyRows.View(Ml, context.TrainClean), context.TestView);
        return Result(RowNames.LogMelStats, seed, outcome, added: 0) with { MlnetAccuracy = outcome.Accuracy, MlnetUar = outcome.Uar };
    }

    private RowResult Classify(string row, int seed, IReadOnlyList<SpectrogramRow> train, int added,
        (AugmentAudioFromFaceTransformer Model, double Seconds, string LossCsv)? generator)
    {
        log?.Invoke($"{RowNames.Display(row)} seed {seed}: training the AER classifiers on {train.Count} samples");
        var trainView = StudyRows.View(Ml, train);
        var cnn = row == RowNames.RealOnly
            ? (Outcome: ClassificationOutcome.Evaluate(Ml, RealOnlyModel(seed), context.TestView, "LabelKey"), Model: (ITransformer?)null)
            : TrainAndDispose(trainView, seed);
        var lbfgs = AerTraining.TrainLbfgs(Ml, trainView, context.TestView);
        var result = Result(row, seed, cnn.Outcome, added) with { MlnetAccuracy = lbfgs.Accuracy, MlnetUar = lbfgs.Uar };
        if (generator is not { } g) return result;
        var generated = Generate(g.Model, context.TestFaces);
        WriteSamples(row, seed, generated);
        var quality = context.Quality.Score(generated, context.RealOnlyJudge(seed).Classifier);
        return result with
        {
            FidResNet18 = quality.FidResNet18, FidEmotion = quality.FidEmotion, IsMean = quality.IsMean, IsSd = quality.IsSd,
            Ssim = quality.Ssim, GeneratorTrainingSeconds = g.Seconds, LossCsv = g.LossCsv,
        };
    }

    private ITransformer RealOnlyModel(int seed)
    {
        context.RealOnlyJudge(seed);
        return context.Ml.Model.Load(Path.Combine(context.RowDirectory(RowNames.RealOnly, seed), "aer-cnn.zip"), out _);
    }

    private (ClassificationOutcome Outcome, ITransformer? Model) TrainAndDispose(IDataView trainView, int seed)
    {
        var (model, outcome) = AerTraining.TrainCnn(Ml, trainView, context.TestView, context.Profile, seed, context.Device);
        model.LastTransformer.Dispose();
        return (outcome, null);
    }

    private RowResult GeneratorRow(string row, int seed)
    {
        string dir = context.RowDirectory(row, seed);
        var faces = StudyRows.Faces(context.Corpus.Train, context.Profile.WindowsPerClip);
        log?.Invoke($"{RowNames.Display(row)} seed {seed}: training the generator on {faces.Count} face windows");
        var options = new AugmentAudioOptions
        {
            Gan = context.Profile.GanOptionsFor(row, seed, context.Device, Path.Combine(dir, "checkpoints")),
            AugmentedVariants = context.Config.Preprocess.Variants,
            Progress = ganProgress,
        };
        var clock = Stopwatch.StartNew();
        var estimator = Ml.Transforms.AugmentAudioFromFace(options: options);
        using var generator = estimator.Fit(StudyRows.View(Ml, faces));
        double seconds = clock.Elapsed.TotalSeconds;
        string lossCsv = Path.Combine(dir, "losses.csv");
        AtomicFile.WriteAllText(lossCsv, LossRecord.CsvHeader + "\n" +
            string.Join("\n", generator.Model.History.Select(h => h.ToCsv())) + "\n");
        var realRows = StudyRows.View(Ml, StudyRows.Faces(context.Corpus.Train, 1));
        var fused = Ml.Data.FuseGenerated(realRows, generator, new FusionOptions
        {
            SyntheticToRealRatio = context.Profile.AddedPerRealClip,
            Seed = seed,
        });
        var train = Ml.Data.CreateEnumerable<SpectrogramRow>(fused, reuseRowObject: false).ToList();
        return Classify(row, seed, train, train.Count - context.TrainClean.Count,
            (generator, seconds, Path.GetRelativePath(context.Config.OutputDirectory, lossCsv)));
    }

    /// <summary>Generated spectrogram for each face row (its own label as the target emotion), in row order.</summary>
    private List<float[]> Generate(AugmentAudioFromFaceTransformer generator, IReadOnlyList<FaceRow> faces)
    {
        var scored = generator.Transform(StudyRows.View(Ml, faces.Select(f => new FaceRow { Label = f.Label, FaceWindow = f.FaceWindow, Spectrogram = f.Spectrogram })));
        return Ml.Data.CreateEnumerable<GeneratedRow>(scored, reuseRowObject: false).Select(r => r.GeneratedSpectrogram).ToList();
    }

    /// <summary>Saves one generated and one real test spectrogram per emotion (for the figure and <c>tcwgan listen</c>).</summary>
    private void WriteSamples(string row, int seed, IReadOnlyList<float[]> generated)
    {
        string dir = Path.Combine(context.Config.OutputDirectory, "samples", $"{row}.seed{seed}");
        Directory.CreateDirectory(dir);
        foreach (var emotion in Emotions.All)
        {
            int i = context.TestFaces.FindIndex(f => f.Label == emotion.Name());
            if (i < 0) continue;
            SpectrogramFile.Write(Path.Combine(dir, $"{emotion.Name()}.generated.f32"), generated[i], 0);
            SpectrogramFile.Write(Path.Combine(dir, $"{emotion.Name()}.real.f32"), context.TestFaces[i].Spectrogram, 0);
        }
        SpectrogramGridFigure.Write(Path.Combine(dir, "grid.png"),
            Emotions.All.Select(e => SampleOf(context.TestFaces.FindIndex(f => f.Label == e.Name()), i => context.TestFaces[i].Spectrogram)).ToList(),
            Emotions.All.Select(e => SampleOf(context.TestFaces.FindIndex(f => f.Label == e.Name()), i => generated[i])).ToList(),
            $"{RowNames.Display(row)}, seed {seed}");
    }

    private static float[]? SampleOf(int index, Func<int, float[]> pick) => index < 0 ? null : pick(index);

    private RowResult Result(string row, int seed, ClassificationOutcome outcome, int added) => new()
    {
        Row = row, Seed = seed, RealTrainingSamples = context.TrainClean.Count, AddedTrainingSamples = added,
        TestSamples = context.TestClean.Count, Accuracy = outcome.Accuracy, Uar = outcome.Uar,
        PerClassRecall = outcome.PerClassRecall, Confusion = outcome.Confusion,
    };

    private sealed class GeneratedRow
    {
        [VectorType(Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames)]
        public float[] GeneratedSpectrogram { get; set; } = [];
    }
}
