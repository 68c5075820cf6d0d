using TcWgan.TestSupport;

namespace TcWgan.Demo.Tests;

/// <summary>Renders the tiny preset once in both layouts (seed 7) for every test in the collection.</summary>
public sealed class TinyCorpusFixture : IDisposable
{
    public const int Seed = 7;
    private readonly TempDir _dir = new("tcwgan-demo");

    public TinyCorpusFixture()
    {
        CremaOptions = new DemoCorpusOptions { Layout = DemoLayout.CremaD, Preset = DemoPreset.Tiny, Seed = Seed };
        RavdessOptions = new DemoCorpusOptions { Layout = DemoLayout.Ravdess, Preset = DemoPreset.Tiny, Seed = Seed };
        Crema = DemoCorpusRenderer.Render(_dir.Combine("crema"), CremaOptions);
        Ravdess = DemoCorpusRenderer.Render(_dir.Combine("ravdess"), RavdessOptions);
    }

    public DemoCorpusOptions CremaOptions { get; }
    public DemoCorpusOptions RavdessOptions { get; }
    public DemoCorpusSummary Crema { get; }
    public DemoCorpusSummary Ravdess { get; }
    public string Folder => _dir.Path;

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TinyCorpusCollection : ICollectionFixture<TinyCorpusFixture>
{
    public const string Name = "tiny demo corpus";
}
