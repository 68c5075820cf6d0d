using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using TcWgan.TestSupport;

namespace TcWgan.Packaging.Tests;

/// <summary>
/// Once per test class: packs the library packages (no rebuild: the solution build made them) and the tcwgan tool
/// into a temp folder, writes a nuget.config that keeps the machine's package source and adds that folder, and
/// installs the tool from it into a temp tool path — the commands README "Installing" shows.
/// </summary>
public sealed class PackedRepository : IDisposable
{
    /// <summary>The library packages `dotnet pack` must make (Experiments, tests, benchmarks and pipelines make none).</summary>
    public static readonly string[] LibraryIds =
        ["TcWgan.Core", "TcWgan.Dsp", "TcWgan.Media", "TcWgan.Data", "TcWgan.Demo", "TcWgan.Nn", "TcWgan.Metrics", "TcWgan.MLNet"];

    private readonly TempDir _root = new("tcwgan-pack");
    private readonly List<string> _timings = [];

    public PackedRepository()
    {
        var attributes = typeof(PackedRepository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToArray();
        Configuration = attributes.Single(a => a.Key == "Configuration").Value!;
        Version = attributes.Single(a => a.Key == "PackageVersion").Value!;
        Directory.CreateDirectory(Packages);
        // The temp folder is nobody's repository: no Directory.Build.* or central versions from above apply.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
        WriteNuGetConfig();

        var limit = TimeSpan.FromMinutes(5);
        Step("pack libraries", () => DotnetRunner.Dotnet(Root, limit, "pack", Path.Combine(RepoPaths.Root, "TcWgan.Libraries.slnf"),
            "-c", Configuration, "--no-build", "-o", Packages, "-nologo").EnsureSuccess());
        Step("pack tool", () => DotnetRunner.Dotnet(Root, limit, "pack", Path.Combine(RepoPaths.Root, "src", "TcWgan.Cli", "TcWgan.Cli.csproj"),
            "-c", Configuration, "-o", Packages, "-nologo", "-p:BuildProjectReferences=false",
            $"-p:ToolPackageRuntimeIdentifiers={ToolRid}").EnsureSuccess());
        Step("install tool", () => DotnetRunner.Dotnet(Root, limit, "tool", "install", "tcwgan", "--tool-path", ToolPath,
            "--configfile", NuGetConfig, "--version", Version).EnsureSuccess());
    }

    /// <summary>The temp folder holding everything below.</summary>
    public string Root => _root.Path;

    /// <summary>Where the packages are packed (the local package source).</summary>
    public string Packages => Path.Combine(Root, "packages");

    /// <summary>The temp nuget.config: the machine's sources plus <see cref="Packages"/>.</summary>
    public string NuGetConfig => Path.Combine(Root, "nuget.config");

    /// <summary>Restores into this folder, so a package of the same version never comes from an older run.</summary>
    public string GlobalPackages => Path.Combine(Root, "nuget-packages");

    /// <summary>The tool path the tool is installed into.</summary>
    public string ToolPath => Path.Combine(Root, "tools");

    /// <summary>The installed command.</summary>
    public string Tcwgan => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "tcwgan.exe" : "tcwgan");

    /// <summary>The build configuration of this test run (the packed outputs are this configuration's).</summary>
    public string Configuration { get; }

    /// <summary>The version every package carries (Directory.Build.props VersionPrefix).</summary>
    public string Version { get; }

    /// <summary>The platform the tool is packed for: this machine's.</summary>
    public static string ToolRid =>
        (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" +
        RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

    /// <summary>How long each step took, for the test log.</summary>
    public IReadOnlyList<string> Timings => _timings;

    /// <summary>Runs one timed step.</summary>
    public void Step(string name, Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        lock (_timings) _timings.Add($"{name}: {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// Keeps the machine's configured sources (no clear: they are inherited from the user/machine config) and adds
    /// the local folder. Packages already in the machine's global folder are used from there (a fallback folder), so
    /// nothing large is downloaded again; the packed ones restore into <see cref="GlobalPackages"/>.
    /// </summary>
    private void WriteNuGetConfig()
    {
        string machinePackages = MachineGlobalPackages();
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{GlobalPackages}" />
              </config>
              <packageSources>
                <add key="tcwgan-local" value="{Packages}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{machinePackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    private static string MachineGlobalPackages()
    {
        var result = DotnetRunner.Dotnet(Path.GetTempPath(), TimeSpan.FromMinutes(1), "nuget", "locals", "global-packages", "--list")
            .EnsureSuccess();
        const string prefix = "global-packages:";
        string line = result.Output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line[prefix.Length..].Trim();
    }

    public void Dispose() => _root.Dispose();
}
