using System.Collections.Concurrent;
using System.Diagnostics;
using TcWgan.Demo;
using TcWgan.Experiments.Corpus;
using TcWgan.Experiments.Reporting;

namespace TcWgan.Experiments.Study;

/// <summary>What the runner tells its caller while it works (the CLI turns these into progress bars).</summary>
public interface IStudyObserver
{
    /// <summary>A line of news.</summary>
    void Info(string message);
    void Skipped(SkippedClip clip);
    /// <summary>Progress of a named stage: (done, total).</summary>
    IProgress<(int Done, int Total)> Stage(string name);
    IProgress<TrainingProgress>? Training(string row, int seed);
}

/// <summary>
/// The whole Table I/II study: corpus (rendered demo or a real folder) → speaker split → preprocessing (cached) →
/// for each seed and row: train, fuse, classify, evaluate → report.md, report.json and figures. Finished (row, seed)
/// results are stored as they complete; running again resumes.
/// </summary>
public static class StudyRunner
{
    /// <summary>Runs (or resumes) the study; returns the report Markdown.</summary>
    public static string Run(ExperimentConfig config, IStudyObserver observer, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        string runDir = config.OutputDirectory;
        Directory.CreateDirectory(runDir);
        var profile = StudyProfile.For(config);
        bool cuda = DeviceNames.Resolve(config.Device).type == TorchSharp.DeviceType.CUDA;
        string device = cuda ? "cuda" : "cpu";
        int parallel = config.ParallelJobs > 0 ? config.ParallelJobs : cuda ? 1 : Environment.ProcessorCount >= 2 ? 2 : 1;
        if (!cuda) TorchSharp.torch.set_num_threads(Math.Max(1, Environment.ProcessorCount / parallel));
        observer.Info($"Run folder {runDir}; profile {profile.Name}; device {device}; {parallel} job(s) at once, " +
                      $"{TorchSharp.torch.get_num_threads()} libtorch thread(s) each.");

        string root = ResolveCorpus(config, observer, cancellationToken);
        var skips = new SkipLog();
        skips.Skipped += observer.Skipped;
        var corpus = CorpusPreparation.Prepare(config.Corpus.Dataset, root, config.Split, config.Preprocess,
            config.CacheDirectory, skips, observer.Stage("Preprocessing clips"), cancellationToken, config.Corpus.AudioOnly);
        var first = corpus.Folds[0];
        observer.Info((corpus.Folds.Count > 1 ? $"{corpus.Folds.Count} folds by speaker; fold 1: " : "") +
                      $"{first.Train.Count} train / {first.Validation.Count} validation / {first.Test.Count} test clips; {corpus.Skipped.Count} skipped.");
        if (corpus.Folds.Any(f => f.Train.Count == 0 || f.Test.Count == 0))
            throw new InvalidDataException("The split left no training or no test clips; see the skipped clips above.");

        var store = new ResultStore(runDir);
        using var resNet = new ResNet18Features();
        var contexts = corpus.Folds.Select(f => new StudyContext(config, profile, f, device, resNet)).ToList();
        try
        {
            // Real-only rows first (they train the judges the generator rows score with), then the long generator rows,
            // then the short audio rows, which fill the last worker slots instead of leaving a core idle at the end.
            var jobs = contexts.SelectMany(c => config.Seeds.SelectMany(seed => config.EffectiveRows.Select(row => (Context: c, Row: row, Seed: seed))))
                .OrderBy(j => j.Row == RowNames.RealOnly ? 0 : RowNames.HasGenerator(j.Row) ? 1 : 2).ToList();
            var stage = observer.Stage("Table I rows");
            int done = 0;
            var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken };
            try
            {
                Parallel.ForEach(Partitioner.Create(jobs, EnumerablePartitionerOptions.NoBuffering), options, job => // in list order, one at a time
                {
                    var (context, row, seed) = job;
                    if (store.TryGet(row, seed, context.Fold.Index) is null)
                    {
                        var result = new RowRunner(context, observer.Info, observer.Training(row, seed)).Run(row, seed);
                        store.Put(result);
                        string fold = corpus.Folds.Count > 1 ? $" fold {context.Fold.Index + 1}" : "";
                        observer.Info($"{RowNames.Display(row)}{fold} seed {seed}: accuracy {result.Accuracy:P1}, UAR {result.Uar:P1}" +
                                      (result.MlnetAccuracy is { } m ? $", ML.NET LbfgsMaxEnt {m:P1}" : "") +
                                      (result.Cas is { } cas ? $", CAS {cas:P1}" : ""));
                    }
                    stage.Report((Interlocked.Increment(ref done), jobs.Count));
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }
        finally
        {
            foreach (var context in contexts) context.Dispose();
        }

        var results = store.All().Where(r => config.Seeds.Contains(r.Seed) && config.EffectiveRows.Contains(r.Row) && r.Fold < corpus.Folds.Count).ToList();
        var figures = Figures(config, results);
        var facts = new RunFacts(corpus.Description, first.Train.Count, first.Validation.Count, first.Test.Count,
            corpus.Skipped.Count, device, profile.Name, clock.Elapsed, corpus.Folds.Count, corpus.Files);
        return ReportWriter.Write(config, facts, results, figures);
    }

    /// <summary>The corpus folder: the configured root, or the demo corpus rendered once into the run folder.</summary>
    private static string ResolveCorpus(ExperimentConfig config, IStudyObserver observer, CancellationToken ct)
    {
        if (config.Corpus.Root is { } root) return config.Resolve(root);
        var options = new DemoCorpusOptions
        {
            Layout = config.Corpus.Dataset == "ravdess" ? DemoLayout.Ravdess : DemoLayout.CremaD,
            Preset = DemoPresets.Parse(config.Corpus.DemoPreset) ?? throw new InvalidDataException($"Unknown demo preset '{config.Corpus.DemoPreset}'."),
            Seed = config.Corpus.DemoSeed,
        };
        string dir = Path.Combine(config.Run.Corpus, $"{config.Corpus.Dataset}-{config.Corpus.DemoPreset}-seed{options.Seed}");
        string marker = Path.Combine(dir, ".rendered");
        if (File.Exists(marker)) return dir;
        int total = CorpusPlan.Create(options).Clips.Count;
        var stage = observer.Stage($"Rendering the {config.Corpus.DemoPreset} corpus");
        var summary = DemoCorpusRenderer.Render(dir, options, new SyncProgress<int>(d => stage.Report((d, total))), ct);
        AtomicFile.WriteAllText(marker, $"{summary.Clips.Count} clips\n");
        observer.Info($"Rendered {summary.Clips.Count} clips in {summary.Elapsed.TotalSeconds:0.0} s into {dir}.");
        return dir;
    }

    /// <summary>Confusion matrices per row and loss curves of the first seed's generators.</summary>
    private static List<string> Figures(ExperimentConfig config, IReadOnlyList<RowResult> results)
    {
        string figDir = config.Run.Figures;
        Directory.CreateDirectory(figDir);
        var figures = new List<string>();
        void Add(string path) => figures.Add(Path.GetRelativePath(config.OutputDirectory, path));
        foreach (var summary in ReportWriter.Summarise(results, config.EffectiveRows))
        {
            string path = Path.Combine(figDir, $"confusion-{summary.Row}.png");
            ConfusionFigure.Write(path, summary.Confusion, $"{RowNames.Display(summary.Row)} (all seeds)");
            Add(path);
        }
        var firstRuns = results.Where(r => r.Seed == config.Seeds[0] && r.Fold == 0)
            .OrderBy(r => RowNames.All.ToList().IndexOf(r.Row)).ToList();
        var losses = firstRuns.Where(r => r.LossCsv is not null)
            .ToDictionary(r => RowNames.Display(r.Row), r => ReadLosses(Path.Combine(config.OutputDirectory, r.LossCsv!)));
        if (losses.Count > 0)
        {
            string path = Path.Combine(figDir, "losses.png");
            LossCurveFigure.Write(path, losses);
            Add(path);
        }
        foreach (var r in firstRuns.Where(r => RowNames.HasGenerator(r.Row)))
        {
            string grid = Path.Combine(config.Run.Samples(r.Row, r.Fold, r.Seed), "grid.png");
            if (File.Exists(grid)) Add(grid);
        }
        return figures;
    }

    private static IReadOnlyList<LossPoint> ReadLosses(string csv) => !File.Exists(csv) ? []
        : LossRecord.ReadCsv(csv).Where(r => r.Phase == TrainingPhase.Adversarial)
            .Select(r => new LossPoint((int)r.Step, r.CriticLoss, r.GeneratorLoss)).ToList();
}
