namespace TcWgan.Demo;

/// <summary>Folder and naming convention the demo corpus is written in.</summary>
public enum DemoLayout
{
    /// <summary><c>VideoFlash/AAAA_SSS_EEE_LL.flv</c>, <c>AudioWAV/AAAA_SSS_EEE_LL.wav</c>, <c>VideoDemographics.csv</c>.</summary>
    CremaD,
    /// <summary><c>Actor_XX/01-01-EE-II-SS-RR-XX.mp4</c>, optionally <c>03-01-…wav</c> beside it.</summary>
    Ravdess,
}

/// <summary>Size presets of the demo corpus.</summary>
public enum DemoPreset
{
    /// <summary>4 actors × 6 emotions × 1 sentence × 1 intensity: renders in seconds, for unit tests.</summary>
    Tiny,
    /// <summary>12 actors × 6 emotions × 3 sentences (CREMA-D) or 2 statements (RAVDESS) × 2 intensities.</summary>
    Demo,
}
