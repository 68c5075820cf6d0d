namespace TcWgan.Data;

/// <summary>Default preprocessing settings, in one place (used by <see cref="PreprocessOptions"/>).</summary>
public static class DataDefaults
{
    /// <summary>SpecAugment variants per clip: the paper's ×10 (section III-A), giving 10 × 10 = 100 pairs per clip.</summary>
    public const int AugmentedVariants = 10;

    /// <summary>Base seed of the SpecAugment variants.</summary>
    public const int Seed = 2021;

    /// <summary>Most variants a clip may ask for (keeps a cache entry a few MB).</summary>
    public const int MaxAugmentedVariants = 1000;
}
