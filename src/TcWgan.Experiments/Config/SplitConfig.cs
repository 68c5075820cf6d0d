namespace TcWgan.Experiments.Config;

/// <summary>Speaker-independent split settings.</summary>
public sealed class SplitConfig
{
    /// <summary><c>random</c> (fractions below, seeded) or <c>crema-d-authors</c> (the authors' actor ranges).</summary>
    public string Preset { get; set; } = "random";

    /// <summary>Fraction of speakers for training.</summary>
    public double Train { get; set; } = 0.6;

    /// <summary>Fraction of speakers for validation.</summary>
    public double Validation { get; set; } = 0.3;

    /// <summary>Fraction of speakers for testing.</summary>
    public double Test { get; set; } = 0.1;

    /// <summary>Seed of the speaker shuffle (one split for all model seeds, so rows are comparable).</summary>
    public int Seed { get; set; } = 7;

    /// <summary>Downsample each split to its smallest class.</summary>
    public bool Balance { get; set; } = true;

    /// <summary>
    /// k ≥ 2: k-fold cross-validation by speaker instead of one split (consecutive groups of speakers in ordinal
    /// order; the fractions are then unused). Every row runs once per fold and seed. 0: one split by the fractions.
    /// </summary>
    public int Folds { get; set; }

    /// <summary>With folds: speakers after each fold's test group held out for validation (early stopping); 0 = none.</summary>
    public int ValidationSpeakers { get; set; }

    public IEnumerable<string> Validate()
    {
        if (Preset is not ("random" or "crema-d-authors"))
            yield return $"preset: '{Preset}' is not random or crema-d-authors.";
        if (Folds is 1 or < 0) yield return $"folds: {Folds} is not 0 (one split) or ≥ 2.";
        if (ValidationSpeakers < 0) yield return "validationSpeakers: must be ≥ 0.";
        if (Folds >= 2) yield break;
        if (Train <= 0 || Validation < 0 || Test <= 0) yield return "train and test fractions must be > 0, validation ≥ 0.";
        if (Math.Abs(Train + Validation + Test - 1) > 1e-6) yield return "train + validation + test must be 1.";
    }
}
