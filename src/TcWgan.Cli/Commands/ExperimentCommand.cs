using TcWgan.Experiments.Config;
using TcWgan.Experiments.Study;
using TcWgan.Nn;

namespace TcWgan.Cli.Commands;

/// <summary><c>tcwgan experiment CONFIG</c>: runs or resumes the Table I/II study and prints the report.</summary>
public sealed class ExperimentCommand : Command<ExperimentCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<config>")] [Description("Experiment config, e.g. pipelines/demo.json")]
        public string Config { get; init; } = "";

        [CommandOption("--fresh")] [Description("Delete the run's stored results first (the preprocessing cache is kept)")]
        public bool Fresh { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = ExperimentConfig.Load(settings.Config);
        if (settings.Fresh) config.Run.ClearResults();
        string report = StudyRunner.Run(config, new ConsoleObserver(), cancellationToken);
        AnsiConsole.WriteLine();
        Console.WriteLine(report);
        AnsiConsole.MarkupLineInterpolated($"Report: {config.Run.ReportMarkdown}");
        return 0;
    }

    /// <summary>Prints news lines and simple textual progress (works in CI logs as well as terminals).</summary>
    private sealed class ConsoleObserver : IStudyObserver
    {
        public void Info(string message) => AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss}[/] {message}");

        public void Skipped(SkippedClip clip) => ConsoleProgress.Skipped(clip);

        public IProgress<(int Done, int Total)> Stage(string name) => new StageProgress(name);

        public IProgress<TrainingProgress>? Training(string row, int seed) => new TrainingPrinter(row, seed);
    }

    private sealed class StageProgress(string name) : IProgress<(int Done, int Total)>
    {
        private int _lastTenth = -1;
        public void Report((int Done, int Total) value)
        {
            int tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (Interlocked.Exchange(ref _lastTenth, tenth) == tenth) return;
            AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss}[/] {name}: {value.Done}/{value.Total}");
        }
    }

    private sealed class TrainingPrinter(string row, int seed) : IProgress<TrainingProgress>
    {
        private int _lastQuarter = -1;
        public void Report(TrainingProgress p)
        {
            int quarter = (int)(p.CompletedSteps * 4 / Math.Max(1, p.TotalSteps));
            if (quarter == _lastQuarter) return;
            _lastQuarter = quarter;
            var l = p.Losses;
            AnsiConsole.MarkupLineInterpolated(
                $"[grey]{DateTime.Now:HH:mm:ss}[/]   {row} seed {seed}: step {p.CompletedSteps}/{p.TotalSteps} {l.Phase} critic {l.CriticLoss:0.000} generator {l.GeneratorLoss:0.000} Q-acc {l.Accuracy:P0}");
        }
    }
}
