using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

/// <summary>
/// These tests change the process-wide TCWGAN_HAAR_CASCADE variable, which every default <see cref="HaarCascadeLocator"/>
/// reads: their collection runs alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HaarCascadeEnvironmentCollection
{
    public const string Name = "Haar cascade environment variable";
}

[Collection(HaarCascadeEnvironmentCollection.Name)]
public sealed class HaarCascadeLookupTests : IDisposable
{
    private readonly string? _saved = Environment.GetEnvironmentVariable(HaarCascadeLocator.CascadeEnvironmentVariable);
    private readonly TempDir _dir = new("tcwgan-haar");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(HaarCascadeLocator.CascadeEnvironmentVariable, _saved);
        _dir.Dispose();
    }

    private string Placeholder(string name)
    {
        string path = _dir.Combine(name);
        File.WriteAllText(path, "<opencv_storage/>");
        return path;
    }

    private static void SetVariable(string? value) =>
        Environment.SetEnvironmentVariable(HaarCascadeLocator.CascadeEnvironmentVariable, value);

    [Fact]
    public void ExplicitPath_WinsOverTheEnvironmentVariable()
    {
        string explicitPath = Placeholder("explicit.xml");
        SetVariable(Placeholder("from-env.xml"));
        Assert.Equal(explicitPath, HaarCascadeLocator.ResolveCascadePath(explicitPath));
    }

    [Fact]
    public void EnvironmentVariable_IsUsedWhenNoPathIsGiven()
    {
        string fromEnv = Placeholder("from-env.xml");
        SetVariable(fromEnv);
        Assert.Equal(fromEnv, HaarCascadeLocator.ResolveCascadePath());
        Assert.Equal(fromEnv, HaarCascadeLocator.ResolveCascadePath("  "));
    }

    [Fact]
    public void EnvironmentVariable_NamingAMissingFile_FailsNamingTheVariable_NoSilentFallback()
    {
        string missing = _dir.Combine("nope.xml");
        SetVariable(missing);
        var e = Assert.Throws<FileNotFoundException>(() => HaarCascadeLocator.ResolveCascadePath());
        Assert.Contains(missing, e.Message);
        Assert.Contains(HaarCascadeLocator.CascadeEnvironmentVariable, e.Message);
        Assert.Contains("opencv-data", e.Message);
        Assert.Equal(missing, e.FileName);
    }

    [Fact]
    public void MissingExplicitPath_SaysHowToGetTheCascadeOnEveryPlatform()
    {
        var e = Assert.Throws<FileNotFoundException>(() => new HaarCascadeLocator(_dir.Combine("gone.xml")));
        Assert.Contains("gone.xml", e.Message);
        Assert.Contains("FaceOptions.HaarCascadePath", e.Message);
        Assert.Contains("apt-get install opencv-data", e.Message);
        Assert.Contains("Windows", e.Message);
        Assert.Contains(HaarCascadeLocator.CascadeFileName, e.Message);
    }

    [Fact]
    public void NothingSet_FallsBackToDebiansPath_OrNamesEveryPlaceLooked()
    {
        SetVariable(null);
        if (File.Exists(HaarCascadeLocator.DefaultCascadePath))
        {
            Assert.Equal(HaarCascadeLocator.DefaultCascadePath, HaarCascadeLocator.ResolveCascadePath());
            return;
        }
        var e = Assert.Throws<FileNotFoundException>(() => HaarCascadeLocator.ResolveCascadePath());
        Assert.Contains(HaarCascadeLocator.DefaultCascadePath, e.Message);
        Assert.Contains(AppContext.BaseDirectory, e.Message);
    }

    [Fact]
    public void FileThatIsNotACascade_IsRejectedAtConstruction_AsInvalidData()
    {
        string bogus = _dir.Combine("bogus.xml");
        File.WriteAllText(bogus, "this is not an OpenCV cascade");
        var e = Assert.ThrowsAny<InvalidDataException>(() => new HaarCascadeLocator(bogus));
        Assert.Contains(bogus, e.Message);
    }

    [Fact]
    public void FaceLocatorsCreate_UsesTheEnvironmentVariable()
    {
        // Needs Debian's opencv-data cascade (build.sh installs it), as the other Haar tests here do.
        string copy = _dir.Combine(HaarCascadeLocator.CascadeFileName);
        File.Copy(HaarCascadeLocator.DefaultCascadePath, copy);
        SetVariable(copy);
        using var locator = (HaarCascadeLocator)FaceLocators.Create(new FaceOptions());
        Assert.Equal(copy, locator.CascadePath);
    }
}
