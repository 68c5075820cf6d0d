namespace TcWgan.Demo;

/// <summary>Size presets of the demo corpus.</summary>
public enum DemoPreset
{
    /// <summary>4 actors × 6 emotions × 1 sentence × 1 intensity: renders in seconds, for unit tests.</summary>
    Tiny,
    /// <summary>12 actors × 6 emotions × 3 sentences (CREMA-D) or 2 statements (RAVDESS) × 2 intensities.</summary>
    Demo,
}

/// <summary>What a preset renders: how many actors, which sentences, intensities and repetitions.</summary>
/// <param name="Actors">Number of actors (CREMA-D ids from 1001, RAVDESS Actor_01 up; odd RAVDESS actors male).</param>
/// <param name="Sentences">Sentence codes (CREMA-D) or statement codes "01"/"02" (RAVDESS).</param>
/// <param name="Intensities">Levels rendered for each emotion other than neutral.</param>
/// <param name="Repetitions">Takes per combination (RAVDESS repetition field; CREMA-D always 1).</param>
public sealed record DemoPresetSpec(
    int Actors,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<DemoIntensity> Intensities,
    int Repetitions)
{
    /// <summary>The plan of a preset in a layout.</summary>
    public static DemoPresetSpec For(DemoPreset preset, DemoLayout layout) => (preset, layout) switch
    {
        (DemoPreset.Tiny, DemoLayout.CremaD) => new(4, ["DFA"], [DemoIntensity.Unspecified], 1),
        (DemoPreset.Tiny, DemoLayout.Ravdess) => new(4, ["01"], [DemoIntensity.Medium], 1),
        (DemoPreset.Demo, DemoLayout.CremaD) => new(12, ["DFA", "IEO", "TIE"], [DemoIntensity.Medium, DemoIntensity.High], 1),
        (DemoPreset.Demo, DemoLayout.Ravdess) => new(12, ["01", "02"], [DemoIntensity.Medium, DemoIntensity.High], 1),
        _ => throw new ArgumentOutOfRangeException(nameof(preset), $"Unknown preset/layout {preset}/{layout}."),
    };

    /// <summary>
    /// Intensities rendered for one emotion. RAVDESS has no strong neutral, so neutral is rendered at Medium only
    /// there (as in the real corpus); CREMA-D renders every level for every emotion.
    /// </summary>
    public IReadOnlyList<DemoIntensity> IntensitiesFor(Emotion emotion, DemoLayout layout) =>
        layout == DemoLayout.Ravdess && emotion == Emotion.Neutral
            ? Intensities.Where(i => i == DemoIntensity.Medium).DefaultIfEmpty(DemoIntensity.Medium).Take(1).ToArray()
            : Intensities;
}
