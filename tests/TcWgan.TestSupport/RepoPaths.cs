namespace TcWgan.TestSupport;

/// <summary>Locates the repository root and the shared real test media (read in place, never copied).</summary>
public static class RepoPaths
{
    /// <summary>The folder holding TcWgan.MLNet.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/testdata/real</c> relative to the repository root.</summary>
    public static string RealTestData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "testdata", "real"));

    /// <summary>The real CREMA-D sample folder.</summary>
    public static string RealCremaD => Path.Combine(RealTestData, "CREMA-D");

    /// <summary>The real RAVDESS sample folder.</summary>
    public static string RealRavdess => Path.Combine(RealTestData, "RAVDESS");

    private static string FindRoot()
    {
        string? baked = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (baked is not null && File.Exists(Path.Combine(baked, "TcWgan.MLNet.sln"))) return Path.GetFullPath(baked);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TcWgan.MLNet.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException(
            $"TcWgan.MLNet.sln not found above {AppContext.BaseDirectory}");
    }
}
