namespace TcWgan.Demo;

/// <summary>Size presets of the demo corpus.</summary>
public enum DemoPreset
{
    /// <summary>4 actors × 6 emotions × 1 sentence × 1 intensity: renders in seconds, for unit tests.</summary>
    Tiny,
    /// <summary>12 actors × 6 emotions × 3 sentences (CREMA-D) or 2 statements (RAVDESS) × 2 intensities.</summary>
    Demo,
    /// <summary>
    /// The real corpora's design, for memory and throughput benchmarks. CREMA-D: 91 actors × 12 sentences × 6 emotions,
    /// IEO at LO/MD/HI (neutral XX) and the others at XX — 7,462 clips (the real corpus has 7,442: 20 takes are missing).
    /// RAVDESS speech: 24 actors × 2 statements × 6 emotions × 2 intensities (neutral normal only) × 2 repetitions — 1,056.
    /// </summary>
    Full,
}

/// <summary>The presets' names in configs and on the command line.</summary>
public static class DemoPresets
{
    /// <summary>Every name, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["tiny", "demo", "full"];

    /// <summary>The preset called <paramref name="name"/>; null for an unknown name.</summary>
    public static DemoPreset? Parse(string? name) => name switch
    {
        "tiny" => DemoPreset.Tiny,
        "demo" => DemoPreset.Demo,
        "full" => DemoPreset.Full,
        _ => null,
    };
}

/// <summary>What a preset renders: how many actors, which sentences, intensities and repetitions.</summary>
/// <param name="Actors">Number of actors (CREMA-D ids from 1001, RAVDESS Actor_01 up; odd RAVDESS actors male).</param>
/// <param name="Sentences">Sentence codes (CREMA-D) or statement codes "01"/"02" (RAVDESS).</param>
/// <param name="Intensities">Levels rendered for each emotion other than neutral.</param>
/// <param name="Repetitions">Takes per combination (RAVDESS repetition field; CREMA-D always 1).</param>
/// <param name="LevelledSentence">A sentence whose emotional takes are rendered at LO, MD and HI instead (CREMA-D's IEO), or null.</param>
public sealed record DemoPresetSpec(
    int Actors,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<DemoIntensity> Intensities,
    int Repetitions,
    string? LevelledSentence = null)
{
    /// <summary>The plan of a preset in a layout.</summary>
    public static DemoPresetSpec For(DemoPreset preset, DemoLayout layout) => (preset, layout) switch
    {
        (DemoPreset.Tiny, DemoLayout.CremaD) => new(4, ["DFA"], [DemoIntensity.Unspecified], 1),
        (DemoPreset.Tiny, DemoLayout.Ravdess) => new(4, ["01"], [DemoIntensity.Medium], 1),
        (DemoPreset.Demo, DemoLayout.CremaD) => new(12, ["DFA", "IEO", "TIE"], [DemoIntensity.Medium, DemoIntensity.High], 1),
        (DemoPreset.Demo, DemoLayout.Ravdess) => new(12, ["01", "02"], [DemoIntensity.Medium, DemoIntensity.High], 1),
        (DemoPreset.Full, DemoLayout.CremaD) => new(91, SentenceScripts.CremaCodes, [DemoIntensity.Unspecified], 1, LevelledSentence: "IEO"),
        (DemoPreset.Full, DemoLayout.Ravdess) => new(24, ["01", "02"], [DemoIntensity.Medium, DemoIntensity.High], 2),
        _ => throw new ArgumentOutOfRangeException(nameof(preset), $"Unknown preset/layout {preset}/{layout}."),
    };

    /// <summary>
    /// Intensities rendered for one emotion and sentence. RAVDESS has no strong neutral, so neutral is rendered at
    /// Medium only there (as in the real corpus); CREMA-D renders every level for every emotion, except that the
    /// emotional takes of <see cref="LevelledSentence"/> are rendered at LO, MD and HI (neutral keeps the levels).
    /// </summary>
    public IReadOnlyList<DemoIntensity> IntensitiesFor(Emotion emotion, string sentence, DemoLayout layout) =>
        layout == DemoLayout.Ravdess && emotion == Emotion.Neutral
            ? Intensities.Where(i => i == DemoIntensity.Medium).DefaultIfEmpty(DemoIntensity.Medium).Take(1).ToArray()
            : sentence == LevelledSentence && emotion != Emotion.Neutral
                ? [DemoIntensity.Low, DemoIntensity.Medium, DemoIntensity.High]
                : Intensities;
}
