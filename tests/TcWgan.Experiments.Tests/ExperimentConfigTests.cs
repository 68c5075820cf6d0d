using TcWgan.Experiments.Config;
using TcWgan.TestSupport;

namespace TcWgan.Experiments.Tests;

public class ExperimentConfigTests
{
    [Fact]
    public void ShippedConfigsLoadAndValidate()
    {
        foreach (string name in new[] { "demo.json", "crema-d.json", "ravdess.json" })
        {
            var config = ExperimentConfig.Load(Path.Combine(RepoPaths.Root, "pipelines", name));
            Assert.Empty(config.Validate());
            Assert.True(config.Seeds.Length >= 3, $"{name}: the study reports mean ± sd over at least 3 seeds");
        }
    }

    [Fact]
    public void The_RAVDESS_speech_benchmark_is_an_audio_only_study_of_the_audio_rows_by_folds_of_actors()
    {
        var config = ExperimentConfig.Load(Path.Combine(RepoPaths.Root, "benchmarks", "studies", "ravdess-speech-dev.json"));
        Assert.Empty(config.Validate());
        Assert.True(config.Corpus.AudioOnly);
        Assert.True(Directory.Exists(config.Resolve(config.Corpus.Root!)), config.Corpus.Root);
        Assert.Equal([RowNames.LogMelStats, RowNames.RealOnly, RowNames.SpecAugment], config.EffectiveRows);
        Assert.Equal(4, config.Split.Folds);
    }

    [Fact]
    public void Generator_rows_are_refused_on_an_audio_only_corpus()
    {
        var config = new ExperimentConfig
        {
            Corpus = new CorpusConfig { Dataset = "ravdess", Root = "/data", AudioOnly = true },
            Rows = [RowNames.RealOnly, RowNames.TcWgan3dCnn],
        };
        var error = Assert.Single(config.Validate());
        Assert.Contains("'tcwgan-3dcnn' generates from faces", error);
        Assert.Contains("audioOnly: the demo corpus", Assert.Single(new CorpusConfig { AudioOnly = true }.Validate()));
    }

    [Fact]
    public void DemoConfigRunsEveryRowOnTheRenderedCorpus()
    {
        var config = ExperimentConfig.Load(Path.Combine(RepoPaths.Root, "pipelines", "demo.json"));
        Assert.Null(config.Corpus.Root);
        Assert.Equal(RowNames.All, config.EffectiveRows);
        Assert.Equal(Path.Combine(RepoPaths.Root, "runs", "demo"), config.OutputDirectory);
    }

    [Fact]
    public void EveryErrorIsListedAtOnce()
    {
        using var dir = new TempDir();
        string path = dir.Combine("bad.json");
        File.WriteAllText(path, """
            { "seeds": [], "rows": ["nope"], "profile": "huge", "device": "tpu",
              "split": { "train": 0.9, "validation": 0.3, "test": 0.1 },
              "preprocess": { "faceLocator": "magic", "keepMiddleFrames": 5 } }
            """);
        var e = Assert.Throws<InvalidDataException>(() => ExperimentConfig.Load(path));
        foreach (string expected in new[] { "seeds", "rows: unknown row 'nope'", "profile", "device", "must be 1",
                     "faceLocator", "keepMiddleFrames" })
            Assert.Contains(expected, e.Message);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void UnknownPropertyIsAnErrorNamingTheFile()
    {
        using var dir = new TempDir();
        string path = dir.Combine("typo.json");
        File.WriteAllText(path, """{ "seedz": [1, 2, 3] }""");
        var e = Assert.Throws<InvalidDataException>(() => ExperimentConfig.Load(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("seedz", e.Message);
    }

    [Fact]
    public void MissingFileIsReported()
    {
        var e = Assert.Throws<FileNotFoundException>(() => ExperimentConfig.Load("/nonexistent/config.json"));
        Assert.Contains("/nonexistent/config.json", e.Message);
    }
}
