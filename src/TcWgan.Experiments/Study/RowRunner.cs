using System.Diagnostics;
using TcWgan.Experiments.Reporting;
using TcWgan.Experiments.Samples;

namespace TcWgan.Experiments.Study;

/// <summary>
/// Runs one row of Table I for one seed on one fold: build its training set, train the classifiers (CNN Q with the
/// validation split for early stopping, and the standard ML.NET trainer), evaluate on the real test split; generator
/// rows also score their samples (CAS, FID, IS, SSIM). Each runner has its own <see cref="MLContext"/>, so several
/// can run at once.
/// </summary>
public sealed class RowRunner(StudyContext context, Action<string>? log = null, IProgress<TrainingProgress>? ganProgress = null)
{
    /// <summary>Runs <paramref name="row"/> with <paramref name="seed"/>.</summary>
    public RowResult Run(string row, int seed)
    {
        var ml = new MLContext(seed: seed);
        TcWganMLNet.Register(ml);
        var result = row switch
        {
            RowNames.LogMelStats => LogMelStats(ml, seed),
            RowNames.RealOnly => Classify(ml, row, seed, context.TrainClean, added: 0),
            RowNames.SpecAugment => Classify(ml, row, seed,
                context.TrainClean.Concat(StudyRows.Augmented(context.Fold.Train, context.AddedSamples, seed)).ToList(), context.AddedSamples),
            _ when RowNames.HasGenerator(row) => GeneratorRow(ml, row, seed),
            _ => throw new ArgumentException($"Unknown row '{row}'.", nameof(row)),
        };
        return result with { Fold = context.Fold.Index };
    }

    private RowResult LogMelStats(MLContext ml, int seed)
    {
        var outcome = AerTraining.TrainLogMelStatistics(ml, StudyRows.View(ml, context.TrainClean), context.TestView);
        return Result(RowNames.LogMelStats, seed, outcome, added: 0) with { MlnetAccuracy = outcome.Accuracy, MlnetUar = outcome.Uar };
    }

    private RowResult Classify(MLContext ml, string row, int seed, IReadOnlyList<SpectrogramRow> train, int added)
    {
        log?.Invoke($"{RowNames.Display(row)} seed {seed}: training the AER classifiers on {train.Count} samples");
        var trainView = StudyRows.View(ml, train);
        ClassificationOutcome cnn;
        if (row == RowNames.RealOnly)
        {
            context.RealOnlyJudge(seed); // trains and saves it once; the row scores the saved model, as a user would
            using var model = (TransformerChain<ITransformer>)ml.Model.Load(context.RealOnlyModelPath(seed), out _);
            cnn = AerTraining.Evaluate(ml, model, context.TestView);
        }
        else cnn = TrainAndScore(ml, trainView, context.AerOptions(seed, train.Count),
                                 Path.Combine(context.RowDirectory(row, seed), "aer-cnn-epochs.csv"));
        var lbfgs = AerTraining.TrainLbfgs(ml, trainView, context.TestView, context.Profile.LbfgsIterations);
        return Result(row, seed, cnn, added) with { MlnetAccuracy = lbfgs.Accuracy, MlnetUar = lbfgs.Uar };
    }

    /// <summary>Trains the CNN, writes its per-epoch history to <paramref name="epochsCsv"/> and scores it on the test rows.</summary>
    private ClassificationOutcome TrainAndScore(MLContext ml, IDataView trainView, ClassifierOptions options, string epochsCsv)
    {
        using var model = AerTraining.TrainCnn(ml, trainView, context.ValidationView, options);
        AerTraining.WriteEpochs(epochsCsv, model);
        return AerTraining.Evaluate(ml, model, context.TestView);
    }

    private RowResult GeneratorRow(MLContext ml, string row, int seed)
    {
        if (!context.HasFaces)
            throw new InvalidOperationException($"Row '{row}' generates from faces, but this corpus has no video; run only the audio rows.");
        string dir = context.RowDirectory(row, seed);
        var train = context.Fold.Train;
        var faces = StudyRows.Faces(train, context.Profile.WindowsPerClip);
        log?.Invoke($"{RowNames.Display(row)} seed {seed}: training the generator on {StudyRows.FaceCount(train, context.Profile.WindowsPerClip)} face windows");
        var options = new AugmentAudioOptions
        {
            Gan = context.Profile.GanOptionsFor(row, seed, context.Device, Path.Combine(dir, "checkpoints")),
            Classifier = context.RealOnlyJudge(seed).Classifier, // the row's Q is the seed's real-only AER classifier
            Progress = ganProgress,
        };
        var clock = Stopwatch.StartNew();
        using var generator = ml.Transforms.AugmentAudioFromFace(options: options).Fit(StudyRows.View(ml, faces));
        double seconds = clock.Elapsed.TotalSeconds;
        string lossCsv = Path.Combine(dir, "losses.csv");
        LossRecord.WriteCsv(lossCsv, generator.Model.History);

        // Real + generated rows (fusion), and generated rows alone (CAS): one per real training clip, from its face.
        var realRows = StudyRows.View(ml, StudyRows.Faces(train, 1));
        var fused = ml.Data.FuseGenerated(realRows, generator, new FusionOptions
        {
            SyntheticToRealRatio = context.Profile.AddedPerRealClip,
            Seed = seed,
        });
        var fusedRows = ml.Data.CreateEnumerable<SpectrogramRow>(fused, reuseRowObject: false).ToList();
        var result = Classify(ml, row, seed, fusedRows, fusedRows.Count - context.TrainClean.Count);
        var labels = train.Select(c => c.Clip.Emotion.Name()).ToList(); // one face row per clip: every clip has windows here
        var generatedOnly = Generate(ml, generator, StudyRows.Faces(train, 1))
            .Select((s, i) => new SpectrogramRow { Label = labels[i], Spectrogram = s }).ToList();
        log?.Invoke($"{RowNames.Display(row)} seed {seed}: CAS classifier on {generatedOnly.Count} generated samples");
        var cas = TrainAndScore(ml, StudyRows.View(ml, generatedOnly), context.CasOptions(seed, generatedOnly.Count),
                                Path.Combine(dir, "cas-cnn-epochs.csv"));

        var generated = Generate(ml, generator, context.TestFaces);
        WriteSamples(row, seed, generated);
        var quality = context.Quality.Score(generated, context.RealOnlyJudge(seed).Classifier);
        return result with
        {
            Cas = cas.Accuracy,
            FidResNet18 = quality.FidResNet18, FidEmotion = quality.FidEmotion, IsMean = quality.IsMean, IsSd = quality.IsSd,
            Ssim = quality.Ssim, GeneratorTrainingSeconds = seconds,
            LossCsv = Path.GetRelativePath(context.Config.OutputDirectory, lossCsv),
        };
    }

    /// <summary>Generated spectrogram for each face row (its own label as the target emotion), in row order.</summary>
    private static List<float[]> Generate(MLContext ml, AugmentAudioFromFaceTransformer generator, IEnumerable<FaceRow> faces)
    {
        var scored = generator.Transform(StudyRows.View(ml, faces));
        return ml.Data.CreateEnumerable<GeneratedRow>(scored, reuseRowObject: false).Select(r => r.GeneratedSpectrogram).ToList();
    }

    /// <summary>Saves one generated and one real test spectrogram per emotion (for the figure and <c>tcwgan listen</c>).</summary>
    private void WriteSamples(string row, int seed, IReadOnlyList<float[]> generated)
    {
        string dir = context.Config.Run.Samples(row, context.Fold.Index, seed);
        Directory.CreateDirectory(dir);
        var faces = context.TestFaces;
        int[] first = Emotions.All.Select(e => faces.FindIndex(f => f.Label == e.Name())).ToArray(); // −1: none
        foreach (var emotion in Emotions.All)
        {
            int i = first[(int)emotion];
            if (i < 0) continue;
            SpectrogramFile.Write(Path.Combine(dir, $"{emotion.Name()}.generated.f32"), generated[i], 0);
            SpectrogramFile.Write(Path.Combine(dir, $"{emotion.Name()}.real.f32"), faces[i].Spectrogram, 0);
        }
        SpectrogramGridFigure.Write(Path.Combine(dir, "grid.png"),
            first.Select(i => i < 0 ? null : faces[i].Spectrogram).ToList(), first.Select(i => i < 0 ? null : generated[i]).ToList(),
            $"{RowNames.Display(row)}, seed {seed}");
    }

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
