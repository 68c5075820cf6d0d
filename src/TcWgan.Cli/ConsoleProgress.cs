namespace TcWgan.Cli;

/// <summary>Shared progress-bar setup for the verbs.</summary>
public static class ConsoleProgress
{
    /// <summary>A progress display with description, bar, percentage, elapsed and remaining time.</summary>
    public static Progress Create() => AnsiConsole.Progress()
        .AutoClear(false)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
            new ElapsedTimeColumn(), new RemainingTimeColumn());

    /// <summary>The console line of a clip that preprocessing skipped: path, reason and message.</summary>
    public static void Skipped(SkippedClip clip) =>
        AnsiConsole.MarkupLineInterpolated($"[yellow]skipped[/] {clip.Path}: {clip.Reason}: {clip.Message}");
}

/// <summary>Reports synchronously into a progress task.</summary>
public sealed class TaskProgress(ProgressTask task) : IProgress<int>, IProgress<(int Done, int Total)>
{
    /// <inheritdoc />
    public void Report(int done) => task.Value = done;

    /// <inheritdoc />
    public void Report((int Done, int Total) value)
    {
        task.MaxValue = Math.Max(1, value.Total);
        task.Value = value.Done;
    }
}
