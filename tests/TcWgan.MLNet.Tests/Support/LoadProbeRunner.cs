using System.Diagnostics;
using Microsoft.ML;

namespace TcWgan.MLNet.Tests.Support;

/// <summary>Runs the LoadProbe console app in a separate process and reads back the column it wrote.</summary>
internal static class LoadProbeRunner
{
    /// <summary>Loads <paramref name="modelZip"/> in a fresh process, transforms <paramref name="input"/> and returns <paramref name="column"/>.</summary>
    public static List<float[]> Run(MLContext ml, string modelZip, IDataView input, string column, string workDir)
    {
        string idv = Path.Combine(workDir, "input.idv"), output = Path.Combine(workDir, "probe.bin");
        using (var stream = File.Create(idv)) ml.Data.SaveAsBinary(input, stream);
        string baseDir = AppContext.BaseDirectory;
        string probe = Path.Combine(baseDir, "LoadProbe.dll");
        Assert.True(File.Exists(probe), $"LoadProbe.dll not found in {baseDir}");
        // The probe runs on the test assembly's dependency graph (it is a project reference of it).
        string tests = Path.Combine(baseDir, "TcWgan.MLNet.Tests");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = baseDir };
        foreach (var a in new[] { "exec", "--runtimeconfig", tests + ".runtimeconfig.json", "--depsfile", tests + ".deps.json",
                     probe, modelZip, idv, column, output })
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "LoadProbe timed out");
        Assert.True(process.ExitCode == 0, $"LoadProbe failed ({process.ExitCode}): {stderr}\n{stdout.Result}");
        var rows = new List<float[]>();
        using var reader = new BinaryReader(File.OpenRead(output));
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var row = new float[reader.ReadInt32()];
            for (int i = 0; i < row.Length; i++) row[i] = reader.ReadSingle();
            rows.Add(row);
        }
        return rows;
    }
}
