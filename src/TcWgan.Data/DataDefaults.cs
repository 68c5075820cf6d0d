namespace TcWgan.Data;

/// <summary>Default preprocessing settings, in one place (used by <see cref="PreprocessOptions"/>).</summary>
public static class DataDefaults
{
    /// <summary>SpecAugment variants per clip: the paper's ×10 (section III-A), giving 10 × 10 = 100 pairs per clip.</summary>
    public const int AugmentedVariants = 10;

    /// <summary>Base seed of the SpecAugment variants.</summary>
    public const int Seed = 2021;

    /// <summary>
    /// Silence threshold: a clip whose loudest 100 ms of audio stay below this RMS level (dBFS, full-scale square =
    /// 0) holds no usable speech and is skipped as <see cref="SkipReason.Silent"/>. Measured on the real samples: the
    /// loudest 100 ms of a take reach −38 dBFS (RAVDESS actor 01, neutral, the quietest) to −20 dBFS (CREMA-D);
    /// between words RAVDESS drops to −90 dBFS and CREMA-D's room noise sits at −55 to −57 dBFS; digital silence
    /// is −∞. One genuine RAVDESS take is far quieter than the rest: actor 09, sad, statement 02, repetition 02
    /// (<c>03-01-04-01-02-02-09.wav</c>) peaks at −44 dBFS and its loudest 100 ms reach −55.6 dBFS, so the threshold
    /// sits at −65: 10 dB below the quietest real speech seen, still above dither (≈ −90) and a muted track's hiss.
    /// A take of room noise without speech (CREMA-D-level, −55 dBFS) passes; the check is for dead tracks.
    /// </summary>
    public const double SilenceThresholdDbfs = -65;

    /// <summary>Window of the silence check (<see cref="SilenceThresholdDbfs"/>): 100 ms, about one syllable.</summary>
    public const double SilenceWindowSeconds = 0.1;

    /// <summary>Most variants a clip may ask for (keeps a cache entry a few MB).</summary>
    public const int MaxAugmentedVariants = 1000;
}
