namespace TcWgan.Experiments.Config;

/// <summary>The corpus: a real folder (<see cref="Root"/>) or the rendered demo corpus when Root is null.</summary>
public sealed class CorpusConfig
{
    /// <summary>crema-d, ravdess or manifest.</summary>
    public string Dataset { get; set; } = "crema-d";

    /// <summary>Corpus folder (or manifest CSV). Null renders the demo corpus into the run folder.</summary>
    public string? Root { get; set; }

    /// <summary>
    /// Audio-only clips (an AER study without faces): RAVDESS 03 files, CREMA-D AudioWAV, a manifest's audio files.
    /// Only the audio rows can run (real-only, SpecAugment, log-mel statistics, ML.NET trainers). A manifest whose
    /// rows have no video is audio-only without it.
    /// </summary>
    public bool AudioOnly { get; set; }

    /// <summary>Demo preset when rendering: tiny, demo or full (the real corpus's size, for benchmarks).</summary>
    public string DemoPreset { get; set; } = "demo";

    /// <summary>Seed of the rendered corpus.</summary>
    public int DemoSeed { get; set; } = 1;

    public IEnumerable<string> Validate()
    {
        if (Dataset is not ("crema-d" or "ravdess" or "manifest"))
            yield return $"dataset: '{Dataset}' is not crema-d, ravdess or manifest.";
        if (Root is null && Dataset == "manifest")
            yield return "root: a manifest CSV path is required for dataset 'manifest'.";
        if (Root is null && AudioOnly)
            yield return "audioOnly: the demo corpus is audio-visual; set root to an audio corpus.";
        if (Root is null && Demo.DemoPresets.Parse(DemoPreset) is null)
            yield return $"demoPreset: '{DemoPreset}' is not one of {string.Join(", ", Demo.DemoPresets.Names)}.";
    }
}
