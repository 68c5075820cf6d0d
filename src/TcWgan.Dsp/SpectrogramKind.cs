namespace TcWgan.Dsp;

/// <summary>Which three-channel image <see cref="SpectrogramExtractor.Compute"/> produces.</summary>
public enum SpectrogramKind
{
    /// <summary>Channel 0 = log-mel power on a fixed dB scale, channel 1 = Δ, channel 2 = ΔΔ (default).</summary>
    LogMelDeltas,

    /// <summary>The log-mel level mapped through the viridis colour map to RGB, quantised to 8 bits per channel.</summary>
    ColourMapped,
}

/// <summary>Value written into SpecAugment masks.</summary>
public enum MaskFill
{
    /// <summary>Each channel's own mean (taken after time warping, before masking), as Park et al. do.</summary>
    ChannelMean,

    /// <summary>Zero: mid-scale (−50 dB on the default scale) for channel 0, "no change" for Δ and ΔΔ.</summary>
    Zero,
}
