using System.Diagnostics;
using System.Reflection;
using TcWgan.Media;
using TorchSharp;

namespace TcWgan.Cli.Commands;

/// <summary>
/// <c>tcwgan doctor</c>: checks what the other verbs need on this machine — libtorch loads and computes (the GLIBCXX fix
/// applied), ffmpeg and ffprobe are on PATH, OpenCV's native library loads, the Haar face cascade is found — and says
/// how to fix each missing piece. Exit code 0 when everything is there, 1 otherwise.
/// </summary>
public sealed class DoctorCommand : Command<DoctorCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--haar-cascade")] [Description("Cascade XML to check instead of the default lookup")]
        public string? HaarCascade { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string version = typeof(DoctorCommand).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        AnsiConsole.MarkupLineInterpolated($"tcwgan {version} on .NET {Environment.Version} ({System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier})");
        bool ok = true;
        ok &= Report("libtorch", Libtorch);
        ok &= Report("ffmpeg", () => Tool("ffmpeg"));
        ok &= Report("ffprobe", () => Tool("ffprobe"));
        ok &= Report("OpenCV", () => $"OpenCV {OpenCvSharp.Cv2.GetVersionString()}");
        ok &= Report("Haar cascade", () => HaarCascadeLocator.ResolveCascadePath(settings.HaarCascade));
        return ok ? 0 : 1;
    }

    private static bool Report(string what, Func<string> check)
    {
        try
        {
            AnsiConsole.MarkupLineInterpolated($"[green]ok[/]      {what}: {check()}");
            return true;
        }
        catch (Exception e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]missing[/] {what}: {e.GetBaseException().Message}");
            return false;
        }
    }

    /// <summary>Loads libtorch and computes 1 + 2 on the CPU; names the CUDA state.</summary>
    private static string Libtorch()
    {
        using var sum = torch.tensor(new float[] { 1, 2 }).sum();
        float value = sum.item<float>();
        if (value != 3) throw new InvalidOperationException($"libtorch computed 1 + 2 = {value}");
        string cuda = torch.cuda.is_available() ? $"CUDA available ({torch.cuda.device_count()} device(s))" : "no CUDA";
        return $"TorchSharp {typeof(torch).Assembly.GetName().Version}, libtorch {torch.__version__}, computes; {cuda}";
    }

    /// <summary>The first line of <c>NAME -version</c>, found on PATH.</summary>
    private static string Tool(string name)
    {
        var psi = new ProcessStartInfo(name, "-version") { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException($"{name} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new FileNotFoundException(
                $"{name} not found on PATH ({e.Message}). Debian/Ubuntu: apt-get install ffmpeg; Windows: " +
                "winget install Gyan.FFmpeg (or choco install ffmpeg, or an ffmpeg.org build) and add its bin folder to PATH.");
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            string first = process.StandardOutput.ReadLine() ?? "";
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            return process.ExitCode == 0 ? first.Split(" Copyright")[0].Trim() : throw new InvalidOperationException($"{name} -version exited {process.ExitCode}");
        }
    }
}
