using System.ComponentModel;
using System.Diagnostics;

namespace TcWgan.Media;

/// <summary>
/// Runs the ffmpeg binary that <see cref="FFOptions"/> points at as a child process, reads what it writes to stdout
/// into memory and keeps its stderr. (FFMpegCore's pipe sink routes the same bytes through a named pipe and costs
/// about as much managed CPU as ffmpeg spends decoding a small clip, so the decoders start ffmpeg themselves; the
/// binary is still found through FFMpegCore's <see cref="GlobalFFOptions.GetFFMpegBinaryPath"/>.)
/// </summary>
internal static class FfmpegProcess
{
    /// <summary>The bytes ffmpeg wrote to stdout, its stderr and its exit code.</summary>
    public readonly record struct Result(byte[] Bytes, string StandardError, int ExitCode);

    /// <summary>Arguments every run starts with: no stdin, no banner, errors only (each line is one error report).</summary>
    public static IReadOnlyList<string> CommonArguments { get; } = ["-nostdin", "-hide_banner", "-loglevel", "error"];

    /// <summary>
    /// Runs ffmpeg with <see cref="CommonArguments"/> then <paramref name="arguments"/>. Never throws for ffmpeg
    /// failures: the caller reads <see cref="Result.ExitCode"/> and stderr. Throws
    /// <see cref="InvalidOperationException"/> (with the install hint) when ffmpeg cannot be started at all.
    /// </summary>
    /// <param name="arguments">Everything after the common arguments, one argument per item (no shell quoting).</param>
    /// <param name="ffOptions">Where ffmpeg lives.</param>
    /// <param name="expectedBytes">Capacity to reserve for stdout (the decoders know the frame size).</param>
    public static Result Run(IEnumerable<string> arguments, FFOptions ffOptions, int expectedBytes = 0)
    {
        string binary = GlobalFFOptions.GetFFMpegBinaryPath(ffOptions);
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (string argument in CommonArguments.Concat(arguments)) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"ffmpeg '{binary}' did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"ffmpeg could not be started ('{binary}', binary folder '{ffOptions.BinaryFolder}'): {e.Message}. " +
                FfmpegErrors.InstallHint, e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            using var stdout = new MemoryStream(Math.Max(expectedBytes, 1 << 16));
            process.StandardOutput.BaseStream.CopyTo(stdout, 1 << 16);
            process.WaitForExit();
            return new Result(stdout.Length == stdout.Capacity ? stdout.GetBuffer() : stdout.ToArray(), stderr.Result,
                process.ExitCode);
        }
    }
}
