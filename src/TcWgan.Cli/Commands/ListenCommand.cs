using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using TcWgan.Dsp;
using TcWgan.Experiments.Samples;

namespace TcWgan.Cli.Commands;

/// <summary>
/// <c>tcwgan listen PATH --out DIR</c>: PATH is a <c>.f32</c> spectrogram, a folder of them (searched recursively,
/// e.g. a run folder's <c>samples/</c>), or a <c>.wav</c> (its own spectrogram is inverted, to hear what the
/// representation keeps). Each becomes a 16 kHz WAV through mel inversion and Griffin-Lim.
/// </summary>
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
        string input = System.IO.Path.GetFullPath(settings.Path);
        string outDir = System.IO.Path.GetFullPath(settings.Out);
        Directory.CreateDirectory(outDir);
        var options = new SpectrogramOptions();
        var inverter = new MelInverter(options);
        var sources = Directory.Exists(input)
            ? Directory.GetFiles(input, "*.f32", SearchOption.AllDirectories).Order().ToArray()
            : File.Exists(input) ? [input] : throw new FileNotFoundException($"Nothing to listen to at {input}", input);
        if (sources.Length == 0) throw new FileNotFoundException($"No .f32 spectrograms under {input}");
        foreach (string source in sources)
        {
            (float[] image, double seconds) = source.EndsWith(".wav", StringComparison.OrdinalIgnoreCase)
                ? FromWav(source, options)
                : SpectrogramFile.Read(source);
            if (seconds <= 0) seconds = settings.Seconds;
            float[] audio = inverter.ToAudio(image, seconds, settings.Iterations, seed: 1);
            string relative = Directory.Exists(input) ? System.IO.Path.GetRelativePath(input, source) : System.IO.Path.GetFileName(source);
            string target = System.IO.Path.Combine(outDir, System.IO.Path.ChangeExtension(relative.Replace(System.IO.Path.DirectorySeparatorChar, '_'), ".wav"));
            Wav.Write(target, audio, options.SampleRate);
            AnsiConsole.MarkupLineInterpolated($"{source} → {target} ({seconds:0.00} s)");
        }
        return 0;
    }

    private static (float[] Image, double Seconds) FromWav(string path, SpectrogramOptions options)
    {
        var (samples, rate) = Wav.Read(path);
        if (rate != options.SampleRate)
            throw new InvalidDataException($"{path}: {rate} Hz; listen expects {options.SampleRate} Hz WAV files.");
        return (new SpectrogramExtractor(options).Compute(samples), samples.Length / (double)rate);
    }
}
