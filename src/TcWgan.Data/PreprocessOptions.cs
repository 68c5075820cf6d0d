using TcWgan.Dsp;
using TcWgan.Media;

namespace TcWgan.Data;

/// <summary>
/// Every setting of clip preprocessing: face extraction, spectrogram, SpecAugment, the number of augmented variants
/// and the seed they derive from. All of it is part of the cache key, so changing any value never serves stale tensors.
/// </summary>
public sealed record PreprocessOptions
{
    /// <summary>Face frames, locator and crop settings (TcWgan.Media).</summary>
    public FaceOptions Face { get; init; } = new();

    /// <summary>Spectrogram image settings (TcWgan.Dsp); must give a (3, 28, 112) image at 16 kHz.</summary>
    public SpectrogramOptions Spectrogram { get; init; } = new();

    /// <summary>SpecAugment settings (TcWgan.Dsp).</summary>
    public SpecAugmentOptions Augment { get; init; } = new();

    /// <summary>SpecAugment variants per clip (the paper's ×10).</summary>
    public int AugmentedVariants { get; init; } = DataDefaults.AugmentedVariants;

    /// <summary>Base seed; each clip's variants use <see cref="Seeds.ClipAugment"/> of this seed and the clip id.</summary>
    public int Seed { get; init; } = DataDefaults.Seed;

    /// <summary>Longest clip accepted and most decode errors tolerated (TcWgan.Media); see <see cref="DecodeLimits"/>.</summary>
    public DecodeLimits Limits { get; init; } = new();

    /// <summary>
    /// Clips whose loudest 100 ms of audio stay below this level (dBFS) are skipped as <see cref="SkipReason.Silent"/>;
    /// see <see cref="DataDefaults.SilenceThresholdDbfs"/> for the measurements behind the default.
    /// </summary>
    public double SilenceThresholdDbfs { get; init; } = DataDefaults.SilenceThresholdDbfs;

    /// <summary>Every problem with these settings (the sub-options' errors prefixed with their name); empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void AddPrefixed(string name, IReadOnlyList<string>? problems)
        {
            if (problems is null) errors.Add(name + ": required.");
            else errors.AddRange(problems.Select(e => name + ": " + e));
        }
        AddPrefixed("Face", Face?.Validate());
        AddPrefixed("Spectrogram", Spectrogram?.Validate());
        if (Spectrogram is not null)
        {
            if (Spectrogram.MelBands != Shapes.MelBands)
                errors.Add($"Spectrogram: MelBands must be {Shapes.MelBands} for the (3, 28, 112) image (got {Spectrogram.MelBands}).");
            if (Spectrogram.Frames != Shapes.SpecFrames)
                errors.Add($"Spectrogram: Frames must be {Shapes.SpecFrames} for the (3, 28, 112) image (got {Spectrogram.Frames}).");
            if (Spectrogram.SampleRate != Shapes.SampleRate)
                errors.Add($"Spectrogram: SampleRate must be {Shapes.SampleRate}, the rate audio is decoded at (got {Spectrogram.SampleRate}).");
        }
        AddPrefixed("Augment", Augment?.Validate());
        AddPrefixed("Limits", Limits?.Validate());
        if (!(SilenceThresholdDbfs < 0)) errors.Add($"SilenceThresholdDbfs must be a negative level in dBFS (got {SilenceThresholdDbfs}).");
        if (AugmentedVariants < 1 || AugmentedVariants > DataDefaults.MaxAugmentedVariants)
            errors.Add($"AugmentedVariants must be in [1, {DataDefaults.MaxAugmentedVariants}] (got {AugmentedVariants}).");
        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every error from <see cref="Validate"/>.</summary>
    public void EnsureValid() => OptionChecks.ThrowIfAny(Validate(), nameof(PreprocessOptions));
}
