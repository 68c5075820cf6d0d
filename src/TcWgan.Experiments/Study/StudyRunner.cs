using System.Diagnostics;
using System.Globalization;
using TcWgan.Demo;
using TcWgan.Experiments.Config;
using TcWgan.Experiments.Corpus;
using TcWgan.Experiments.Reporting;
using TcWgan.Experiments.Results;
using TcWgan.Nn;

namespace TcWgan.Experiments.Study;

/// <summary>What the runner tells its caller while it works (the CLI turns these into progress bars).</summary>
public interface IStudyObserver
{
    /// <summary>A line of news.</summary>
    void Info(string message);
    /// <summary>A clip was skipped.</summary>
    void Skipped(SkippedClip clip);
    /// <summary>Progress of a named stage: (done, total).</summary>
    IProgress<(int Done, int Total)> Stage(string name);
    /// <summary>Generator training progress.</summary>
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
        string device = DeviceNames.Resolve(config.Device).type == TorchSharp.DeviceType.CUDA ? "cuda" : "cpu";
        observer.Info($"Run folder {runDir}; profile {profile.Name}; device {device}.");

        string root = ResolveCorpus(config, observer, cancellationToken);
        var skips = new SkipLog();
        skips.Skipped += observer.Skipped;
        var corpus = CorpusPreparation.Prepare(config.Corpus.Dataset, root, config.Split, config.Preprocess,
            config.CacheDirectory, skips, observer.Stage("Preprocessing clips"), includeValidation: false, cancellationToken);
        observer.Info($"{corpus.Train.Count} train / {corpus.ValidationClips} validation (not used) / {corpus.Test.Count} test clips; {corpus.Skipped.Count} skipped.");
        if (corpus.Train.Count == 0 || corpus.Test.Count == 0)
            throw new InvalidDataException("The split left no training or no test clips; see the skipped clips above.");

        var store = new ResultStore(runDir);
        using var context = new StudyContext(config, profile, corpus, device);
        var jobs = config.Seeds.SelectMany(seed => config.EffectiveRows.Select(row => (row, seed))).ToList();
        var stage = observer.Stage("Table I rows");
        int done = 0;
        foreach (var (row, seed) in jobs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (store.TryGet(row, seed) is null)
            {
                var runner = new RowRunner(context, observer.Info, observer.Training(row, seed));
                var result = runner.Run(row, seed);
                store.Put(result);
                observer.Info($"{RowNames.Display(row)} seed {seed}: accuracy {result.Accuracy:P1}, UAR {result.Uar:P1}" +
                              (result.MlnetAccuracy is { } m ? $", ML.NET LbfgsMaxEnt {m:P1}" : ""));
            }
            stage.Report((++done, jobs.Count));
        }

        var results = store.All().Where(r => config.Seeds.Contains(r.Seed) && config.EffectiveRows.Contains(r.Row)).ToList();
        var figures = Figures(config, results);
        var facts = new RunFacts(corpus.Description, corpus.Train.Count, corpus.ValidationClips, corpus.Test.Count,
            corpus.Skipped.Count, device, profile.Name, clock.Elapsed, corpus.Files);
        return ReportWriter.Write(runDir, config, facts, results, figures);
    }

    /// <summary>The corpus folder: the configured root, or the demo corpus rendered once into the run folder.</summary>
    private static string ResolveCorpus(ExperimentConfig config, IStudyObserver observer, CancellationToken ct)
    {
        if (config.Corpus.Root is { } root) return config.Resolve(root);
        var options = new DemoCorpusOptions
        {
            Layout = config.Corpus.Dataset == "ravdess" ? DemoLayout.Ravdess : DemoLayout.CremaD,
            Preset = config.Corpus.DemoPreset == "tiny" ? DemoPreset.Tiny : DemoPreset.Demo,
            Seed = config.Corpus.DemoSeed,
        };
        string dir = Path.Combine(config.OutputDirectory, "corpus", $"{config.Corpus.Dataset}-{config.Corpus.DemoPreset}-seed{options.Seed}");
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
        string figDir = Path.Combine(config.OutputDirectory, "figures");
        Directory.CreateDirectory(figDir);
        var figures = new List<string>();
        foreach (var summary in ReportWriter.Summarise(results, config.EffectiveRows))
        {
            string path = Path.Combine(figDir, $"confusion-{summary.Row}.png");
            ConfusionFigure.Write(path, summary.Confusion, $"{RowNames.Display(summary.Row)} (all seeds)");
            figures.Add(Path.GetRelativePath(config.OutputDirectory, path));
        }
        int firstSeed = config.Seeds[0];
        var losses = results.Where(r => r.Seed == firstSeed && r.LossCsv is not null)
            .OrderBy(r => RowNames.All.ToList().IndexOf(r.Row))
            .ToDictionary(r => RowNames.Display(r.Row), r => ReadLosses(Path.Combine(config.OutputDirectory, r.LossCsv!)));
        if (losses.Count > 0)
        {
            string path = Path.Combine(figDir, "losses.png");
            LossCurveFigure.Write(path, losses);
            figures.Add(Path.GetRelativePath(config.OutputDirectory, path));
        }
        foreach (var r in results.Where(r => r.Seed == firstSeed && RowNames.HasGenerator(r.Row))
                     .OrderBy(r => RowNames.All.ToList().IndexOf(r.Row)))
        {
            string grid = Path.Combine(config.OutputDirectory, "samples", $"{r.Row}.seed{r.Seed}", "grid.png");
            if (File.Exists(grid)) figures.Add(Path.GetRelativePath(config.OutputDirectory, grid));
        }
        return figures;
    }

    private static IReadOnlyList<LossPoint> ReadLosses(string csv)
    {
        if (!File.Exists(csv)) return [];
        return File.ReadLines(csv).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f.Length >= 4 && f[0] == nameof(TrainingPhase.Adversarial))
            .Select(f => new LossPoint(int.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToList();
    }
}
