using TcWgan.Experiments.Samples;

namespace TcWgan.Cli.Commands;

/// <summary><c>tcwgan listen PATH --out DIR</c>: spectrograms to WAV files (see <see cref="SampleAudio"/>).</summary>
public sealed class ListenCommand : Command<ListenCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<path>")] [Description(".f32 file, folder of .f32 files, or .wav")]
        public string Path { get; init; } = "";

        [CommandOption("--out")] [Description("Output folder for WAV files")]
        public string Out { get; init; } = "listen";

        [CommandOption("--seconds")] [Description("Duration when a file does not record one")] [DefaultValue(2.5)]
        public double Seconds { get; init; } = 2.5;

        [CommandOption("--iterations")] [Description("Griffin-Lim iterations")] [DefaultValue(60)]
        public int Iterations { get; init; } = 60;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        foreach (var written in SampleAudio.ToWavs(settings.Path, settings.Out, settings.Seconds, settings.Iterations))
            AnsiConsole.MarkupLineInterpolated($"{written.Source} → {written.Target} ({written.Seconds:0.00} s)");
        return 0;
    }
}
