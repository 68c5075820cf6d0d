using System.Diagnostics;
using System.Text;

namespace TcWgan.Cli.Tests;

/// <summary>
/// The tcwgan binary (copied beside the tests by the project reference) run as a child process, its stdout and
/// stderr collected as they come. Children run single-threaded in torch (OMP_NUM_THREADS=1): the results do not
/// depend on how many cores the machine lends, and libtorch's OpenMP threads do not spin against other jobs.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts <c>tcwgan args…</c> in <paramref name="workingDirectory"/>.</summary>
    public static CliProcess Start(string workingDirectory, params string[] args)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tcwgan.dll"));
        foreach (string a in args) start.ArgumentList.Add(a);
        start.Environment["OMP_NUM_THREADS"] = "1";
        start.Environment["MKL_NUM_THREADS"] = "1";
        return new CliProcess(Process.Start(start)!);
    }

    /// <summary>Runs <c>tcwgan args…</c> to the end (at most <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var cli = Start(workingDirectory, args);
        if (!cli.WaitForExit(timeout))
        {
            cli.KillHard();
            throw new TimeoutException($"tcwgan {string.Join(' ', args)} ran past {timeout}: {cli.Output}");
        }
        return (cli.ExitCode, cli.Output);
    }

    /// <summary>Everything written so far.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code (after exit).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for the exit and for the output to drain.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) return false;
        _process.WaitForExit(); // flushes the asynchronous output readers
        return true;
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill(bool)"/> sends on Unix) to the process and its children (ffmpeg).</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
    }
}
