namespace TcWgan.Dsp;

/// <summary>
/// Settings of <see cref="SpectrogramExtractor"/> and <see cref="MelInverter"/>. A record, so equal settings compare
/// equal (handy as a cache key).
/// Its defaults are the product's defaults (see README.md in this folder for the reasoning).
/// </summary>
public sealed record SpectrogramOptions
{
    /// <summary>Sample rate of the input PCM in Hz.</summary>
    public int SampleRate { get; init; } = Shapes.SampleRate;
    /// <summary>Mel bands = image height (row 0 = lowest band).</summary>
    public int MelBands { get; init; } = Shapes.MelBands;
    /// <summary>STFT frames = image width; they span the whole trimmed utterance.</summary>
    public int Frames { get; init; } = Shapes.SpecFrames;
    /// <summary>Which image to produce.</summary>
    public SpectrogramKind Kind { get; init; } = SpectrogramKind.LogMelDeltas;
    /// <summary>Lowest mel filter edge in Hz.</summary>
    public double LowFrequencyHz { get; init; } = 0;
    /// <summary>Highest mel filter edge in Hz (at most SampleRate / 2; the default is Nyquist at 16 kHz).</summary>
    public double HighFrequencyHz { get; init; } = 8000;
    /// <summary>Silence trimming threshold in dB below the loudest window; 0 disables trimming.</summary>
    public double TrimThresholdDb { get; init; } = 40;
    /// <summary>Silence trimming sliding-window length in seconds.</summary>
    public double TrimWindowSeconds { get; init; } = 0.010;
    /// <summary>
    /// Shortest hop in samples. Utterances shorter than Frames·MinHopSamples keep this hop and are centred between
    /// silent margins, so duration and speaking rate stay visible; longer ones are squeezed to fit. 0 always squeezes.
    /// The default 400 (25 ms: the 112 frames span 2.8 s) measured on real RAVDESS speech (4 folds by actor, the
    /// default CNN): 61.4 % with 400, 58.3 % with 0.
    /// </summary>
    public int MinHopSamples { get; init; } = 400;
    /// <summary>Shortest STFT window in samples; the window is max(this, 2·hop).</summary>
    public int MinWindowSamples { get; init; } = 400;
    /// <summary>Bottom of the fixed dB scale (re a full-scale sine), mapped to −1.</summary>
    public double DbFloor { get; init; } = -100;
    /// <summary>Top of the fixed dB scale (re a full-scale sine), mapped to +1.</summary>
    public double DbCeiling { get; init; } = 0;
    /// <summary>Δ regression half-width N.</summary>
    public int DeltaWidth { get; init; } = 2;
    /// <summary>
    /// Δ in dB per frame that maps to ±1 (larger values clamp): about the 99th percentile of |Δ| on the real
    /// CREMA-D/RAVDESS samples (0.4 % of RAVDESS speech frames reach it). Tried 2026-12-04 at 24 / 10 dB: ML.NET's
    /// LbfgsMaximumEntropy on the whole column rose (RAVDESS actors 01–12, 4 folds by actor: 35.8 ± 3.9 → 40.0 ± 2.6 %,
    /// the plain log-mel dB image 37.7 ± 2.9 %; demo 32.6 → 41.7 %), the classifier (it normalises every channel-band
    /// row) stayed the same, but the generators lost their syllable bursts: with Δ at half amplitude its L1 and the
    /// critic stop asking for onsets, and the demo's tc-wGANs:3dCNN drew blobs (its SSIM rose 0.265 → 0.353 only
    /// because Δ spans half of SSIM's fixed range).
    /// </summary>
    public double DeltaScaleDb { get; init; } = 12;
    /// <summary>ΔΔ in dB per frame² that maps to ±1 (larger values clamp): about the 99th percentile of |ΔΔ|.</summary>
    public double DeltaDeltaScaleDb { get; init; } = 5;

    /// <summary>Every problem with these settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (SampleRate <= 0) errors.Add($"SampleRate must be positive (got {SampleRate}).");
        if (MelBands < 1) errors.Add($"MelBands must be at least 1 (got {MelBands}).");
        if (Frames < 1) errors.Add($"Frames must be at least 1 (got {Frames}).");
        if (!Enum.IsDefined(Kind)) errors.Add($"Kind {(int)Kind} is not a SpectrogramKind.");
        if (!(LowFrequencyHz >= 0)) errors.Add($"LowFrequencyHz must be ≥ 0 (got {LowFrequencyHz}).");
        if (!(HighFrequencyHz > LowFrequencyHz))
            errors.Add($"HighFrequencyHz must exceed LowFrequencyHz (got {HighFrequencyHz} ≤ {LowFrequencyHz}).");
        if (SampleRate > 0 && HighFrequencyHz > SampleRate / 2.0)
            errors.Add($"HighFrequencyHz must be at most SampleRate/2 = {SampleRate / 2.0} (got {HighFrequencyHz}).");
        if (!(TrimThresholdDb >= 0)) errors.Add($"TrimThresholdDb must be ≥ 0 (got {TrimThresholdDb}).");
        if (!(TrimWindowSeconds > 0)) errors.Add($"TrimWindowSeconds must be positive (got {TrimWindowSeconds}).");
        if (MinHopSamples < 0) errors.Add($"MinHopSamples must be ≥ 0 (got {MinHopSamples}).");
        if (MinWindowSamples < 2) errors.Add($"MinWindowSamples must be at least 2 (got {MinWindowSamples}).");
        if (!(DbCeiling > DbFloor)) errors.Add($"DbCeiling must exceed DbFloor (got {DbCeiling} ≤ {DbFloor}).");
        if (DeltaWidth < 1) errors.Add($"DeltaWidth must be at least 1 (got {DeltaWidth}).");
        if (!(DeltaScaleDb > 0)) errors.Add($"DeltaScaleDb must be positive (got {DeltaScaleDb}).");
        if (!(DeltaDeltaScaleDb > 0)) errors.Add($"DeltaDeltaScaleDb must be positive (got {DeltaDeltaScaleDb}).");
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    public void EnsureValid() => OptionChecks.ThrowIfAny(Validate(), nameof(SpectrogramOptions));
}

/// <summary>Which three-channel image <see cref="SpectrogramExtractor.Compute"/> produces.</summary>
public enum SpectrogramKind
{
    /// <summary>Channel 0 = log-mel power on a fixed dB scale, channel 1 = Δ, channel 2 = ΔΔ (default).</summary>
    LogMelDeltas,

    /// <summary>The log-mel level mapped through the viridis colour map to RGB, quantised to 8 bits per channel.</summary>
    ColourMapped,
}
