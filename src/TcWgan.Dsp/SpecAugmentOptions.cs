namespace TcWgan.Dsp;

/// <summary>
/// SpecAugment policy (Park et al. 2019) scaled to the 28 × 112 image; see README.md for the scaling.
/// Defaults: W ≈ 5 % of 112 frames (paper 80 of ~1000+), F = 4 of 28 bands (paper 27 of 80), T = 10 frames (paper 70–100
/// of 10 ms frames), two masks of each kind, p = 0.2.
/// </summary>
public sealed record SpecAugmentOptions
{
    /// <summary>Time warp W in frames: the anchor moves by a uniform amount in [−W, W); 0 disables warping.</summary>
    public int TimeWarp { get; init; } = 5;
    /// <summary>Frequency mask parameter F: each mask covers f ~ U{0..F} bands.</summary>
    public int FrequencyMaskWidth { get; init; } = 4;
    /// <summary>Number of frequency masks mF.</summary>
    public int FrequencyMasks { get; init; } = 2;
    /// <summary>Time mask parameter T: each mask covers t ~ U{0..min(T, ⌊p·frames⌋)} frames.</summary>
    public int TimeMaskWidth { get; init; } = 10;
    /// <summary>Number of time masks mT.</summary>
    public int TimeMasks { get; init; } = 2;
    /// <summary>Upper bound p in (0, 1]: one time mask covers at most p·frames.</summary>
    public double TimeMaskCap { get; init; } = 0.2;
    /// <summary>Value written into masked cells.</summary>
    public MaskFill Fill { get; init; } = MaskFill.ChannelMean;

    /// <summary>Largest number of frames one time mask can cover on a <paramref name="frames"/>-wide image.</summary>
    public int MaxTimeMaskFrames(int frames) => Math.Min(TimeMaskWidth, (int)Math.Floor(TimeMaskCap * frames));

    /// <summary>Every problem with these settings for the (3, 28, 112) image, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        int maxWarp = (Shapes.SpecFrames - 3) / 2;
        if (TimeWarp < 0 || TimeWarp > maxWarp)
            errors.Add($"TimeWarp must be in [0, {maxWarp}] for {Shapes.SpecFrames} frames (got {TimeWarp}).");
        if (FrequencyMaskWidth < 0 || FrequencyMaskWidth > Shapes.MelBands)
            errors.Add($"FrequencyMaskWidth must be in [0, {Shapes.MelBands}] (got {FrequencyMaskWidth}).");
        if (FrequencyMasks < 0) errors.Add($"FrequencyMasks must be ≥ 0 (got {FrequencyMasks}).");
        if (TimeMaskWidth < 0 || TimeMaskWidth > Shapes.SpecFrames)
            errors.Add($"TimeMaskWidth must be in [0, {Shapes.SpecFrames}] (got {TimeMaskWidth}).");
        if (TimeMasks < 0) errors.Add($"TimeMasks must be ≥ 0 (got {TimeMasks}).");
        if (!(TimeMaskCap > 0 && TimeMaskCap <= 1)) errors.Add($"TimeMaskCap must be in (0, 1] (got {TimeMaskCap}).");
        if (!Enum.IsDefined(Fill)) errors.Add($"Fill {(int)Fill} is not a MaskFill.");
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    public void EnsureValid() => OptionChecks.ThrowIfAny(Validate(), nameof(SpecAugmentOptions));
}

/// <summary>Value written into SpecAugment masks.</summary>
public enum MaskFill
{
    /// <summary>Each channel's own mean (taken after time warping, before masking), as Park et al. do.</summary>
    ChannelMean,

    /// <summary>Zero: mid-scale (−50 dB on the default scale) for channel 0, "no change" for Δ and ΔΔ.</summary>
    Zero,
}
