namespace TcWgan.Demo;

/// <summary>Size presets of the demo corpus.</summary>
public enum DemoPreset
{
    /// <summary>4 actors × 6 emotions × 1 sentence × 1 intensity: renders in seconds, for unit tests.</summary>
    Tiny,
    /// <summary>12 actors × 6 emotions × 3 sentences (CREMA-D) or 2 statements (RAVDESS) × 2 intensities.</summary>
    Demo,
}
