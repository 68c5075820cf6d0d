using System.Diagnostics;
using System.Text;

namespace TcWgan.Packaging.Tests;

/// <summary>Runs a child process (dotnet, or the installed tool) with a clean build environment and a time limit.</summary>
internal static class DotnetRunner
{
    /// <summary>The result of one run: exit code and stdout + stderr interleaved.</summary>
    public sealed record Result(string Command, int ExitCode, string Output)
    {
        /// <summary>Fails the test with the command and its whole output unless it exited 0.</summary>
        public Result EnsureSuccess()
        {
            Assert.True(ExitCode == 0, $"`{Command}` exited {ExitCode}:\n{Output}");
            return this;
        }
    }

    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static Result Run(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string a in arguments) psi.ArgumentList.Add(a);
        // dotnet test runs us inside MSBuild: its variables would steer the child builds to the wrong SDK pieces.
        foreach (string key in psi.Environment.Keys.ToArray())
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                psi.Environment.Remove(key);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";   // no build nodes left behind
        psi.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        psi.Environment["UseSharedCompilation"] = "false";  // no compiler server left behind

        string command = $"{file} {string.Join(' ', arguments)}";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"`{command}` ran past {timeout.TotalSeconds:0} s:\n{output}");
        }
        process.WaitForExit(); // drains the output events
        lock (output) return new Result(command, process.ExitCode, output.ToString());
    }

    /// <summary>Runs the <c>dotnet</c> driver.</summary>
    public static Result Dotnet(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Run("dotnet", arguments, workingDirectory, timeout);
}
