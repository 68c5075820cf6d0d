using System.IO.Compression;
using System.Xml.Linq;
using TcWgan.TestSupport;
using Xunit.Abstractions;

namespace TcWgan.Packaging.Tests;

/// <summary>What a user of the packages gets: metadata, the tool, and an app built against the packages.</summary>
public sealed class PackageInstallTests(PackedRepository packed, ITestOutputHelper log) : IClassFixture<PackedRepository>
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private string Nupkg(string id) => Path.Combine(packed.Packages, $"{id}.{packed.Version}.nupkg");

    private static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!;
    }

    private static string? Metadata(XElement nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    private static IEnumerable<string> Dependencies(XElement nuspec) =>
        nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!);

    [Fact]
    public void LibraryPackages_CarryLicenceReadmeDocsAndSymbols_AndNoneForcesANativeTorchRuntime()
    {
        string[] made = Directory.GetFiles(packed.Packages).Select(Path.GetFileName).Order().ToArray()!;
        string[] expected = PackedRepository.LibraryIds.SelectMany(id => new[] { $"{id}.{packed.Version}.nupkg", $"{id}.{packed.Version}.snupkg" })
            .Append($"tcwgan.{packed.Version}.nupkg").Append($"tcwgan.{PackedRepository.ToolRid}.{packed.Version}.nupkg")
            .Order().ToArray();
        Assert.Equal(expected, made);

        foreach (string id in PackedRepository.LibraryIds)
        {
            using var package = ZipFile.OpenRead(Nupkg(id));
            var names = package.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("LICENSE", names);
            Assert.Contains("README.md", names);
            Assert.Contains($"lib/net10.0/{id}.dll", names);
            Assert.Contains($"lib/net10.0/{id}.xml", names);
            var nuspec = Nuspec(package);
            Assert.Equal(packed.Version, Metadata(nuspec, "version"));
            Assert.Equal("LICENSE", Metadata(nuspec, "license"));
            Assert.Equal("README.md", Metadata(nuspec, "readme"));
            Assert.False(string.IsNullOrWhiteSpace(Metadata(nuspec, "description")), $"{id} has no description");
            Assert.NotEqual("Package Description", Metadata(nuspec, "description"));
            Assert.NotNull(nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == "repository"));
            Assert.DoesNotContain(Dependencies(nuspec), d => d.StartsWith("TorchSharp-", StringComparison.OrdinalIgnoreCase)
                                                             || d.StartsWith("libtorch", StringComparison.OrdinalIgnoreCase));
            Assert.True(new FileInfo(Nupkg(id)).Length < 5_000_000, $"{id} package is {new FileInfo(Nupkg(id)).Length} bytes");
        }

        using var nn = ZipFile.OpenRead(Nupkg("TcWgan.Nn"));
        Assert.Contains("TorchSharp", Dependencies(Nuspec(nn)));
        var fix = nn.GetEntry("buildTransitive/TcWgan.Nn.targets");
        Assert.NotNull(fix);
        using (var reader = new StreamReader(fix.Open()))
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "build", "TorchSharpGlibcxxFix.targets")), reader.ReadToEnd());
    }

    [Fact]
    public void Tool_InstalledFromTheFolder_PrintsHelp()
    {
        var help = DotnetRunner.Run(packed.Tcwgan, ["--help"], packed.Root, Limit).EnsureSuccess();
        foreach (string verb in new[] { "render-demo", "prepare", "experiment", "listen", "doctor" })
            Assert.Contains(verb, help.Output);
        using var pointer = ZipFile.OpenRead(Nupkg("tcwgan"));
        Assert.Contains(Nuspec(pointer).Descendants(), e => e.Name.LocalName == "packageType" && (string?)e.Attribute("name") == "DotnetTool");
        log.WriteLine(string.Join(Environment.NewLine, packed.Timings));
    }

    [Fact]
    public void Tool_Doctor_LoadsLibtorchFromTheInstalledTool()
    {
        var doctor = DotnetRunner.Run(packed.Tcwgan, ["doctor"], packed.Root, Limit);
        log.WriteLine(doctor.Output);
        Assert.Matches(@"ok\s+libtorch: TorchSharp .*computes", doctor.Output);
        // CI has ffmpeg and opencv-data (build.sh installs them), so every check passes there.
        doctor.EnsureSuccess();
    }

    [Fact]
    public void ConsumerApp_BuildsAgainstThePackages_AndFitsSavesReloadsAModel()
    {
        string app = Path.Combine(packed.Root, "app");
        Directory.CreateDirectory(app);
        string template = Path.Combine(RepoPaths.Root, "tests", "TcWgan.Packaging.Tests", "ConsumerApp");
        File.WriteAllText(Path.Combine(app, "TcWganConsumer.csproj"),
            File.ReadAllText(Path.Combine(template, "TcWganConsumer.csproj.in")).Replace("@VERSION@", packed.Version));
        File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(app, "Program.cs"));

        DotnetRunner.Result build = null!;
        packed.Step("build consumer app", () => build = DotnetRunner.Dotnet(app, Limit, "build", "-c", "Release", "-nologo", "-v", "n")
            .EnsureSuccess());
        // The packages came from the folder just packed, not from an older copy of the same version.
        Assert.True(Directory.Exists(Path.Combine(packed.GlobalPackages, "tcwgan.mlnet", packed.Version)),
            $"TcWgan.MLNet {packed.Version} was not restored from {packed.Packages} (an older copy in the machine's global packages folder?)");
        string output = Path.Combine(app, "bin", "Release", "net10.0");
        if (OperatingSystem.IsLinux())
            Assert.Contains("TorchSharp fix: marked GLIBCXX_3.4.32 weak", build.Output);   // TcWgan.Nn's buildTransitive targets ran
        Assert.True(File.Exists(Path.Combine(output, "DnnImageModels", "ResNet18Onnx", "ResNet18.onnx")),
            "TcWgan.Metrics' ResNet18 model did not reach the app's output");

        DotnetRunner.Result run = null!;
        packed.Step("run consumer app", () => run = DotnetRunner.Dotnet(app, Limit, "run", "--no-build", "-c", "Release", "--",
            Path.Combine(packed.Root, "work")).EnsureSuccess());
        log.WriteLine(run.Output);
        Assert.Contains("1 + 2 = 3", run.Output);
        Assert.Contains("reloaded model right on", run.Output);
        Assert.True(File.Exists(Path.Combine(packed.Root, "work", "aer.zip")));
        log.WriteLine(string.Join(Environment.NewLine, packed.Timings));
    }
}
