namespace TcWgan.Dsp;

/// <summary>
/// Every default of the DSP component in one place (see README.md in this folder for the reasoning).
/// </summary>
public static class DspDefaults
{
    /// <summary>Input sample rate in Hz.</summary>
    public const int SampleRate = Shapes.SampleRate;
    /// <summary>Mel bands = image height.</summary>
    public const int MelBands = Shapes.MelBands;
    /// <summary>STFT frames = image width.</summary>
    public const int Frames = Shapes.SpecFrames;
    /// <summary>Lowest mel filter edge in Hz.</summary>
    public const double LowFrequencyHz = 0;
    /// <summary>Highest mel filter edge in Hz (Nyquist at 16 kHz).</summary>
    public const double HighFrequencyHz = 8000;

    /// <summary>Silence trimming: keep from the first to the last 10 ms window whose energy is within this many dB of the loudest window.</summary>
    public const double TrimThresholdDb = 40;
    /// <summary>Silence trimming: length of the sliding energy window in seconds.</summary>
    public const double TrimWindowSeconds = 0.010;

    /// <summary>
    /// Shortest hop in samples: 25 ms, so the 112 frames span 2.8 s and shorter utterances keep their duration (and
    /// speaking rate) instead of being stretched; 0 squeezes every utterance into the 112 frames. Measured on real
    /// RAVDESS speech (4 folds by actor, the default CNN): 61.4 % with 400, 58.3 % with 0.
    /// </summary>
    public const int MinHopSamples = 400;

    /// <summary>Shortest analysis window in samples (25 ms at 16 kHz); the window is max(this, 2·hop).</summary>
    public const int MinWindowSamples = 400;

    /// <summary>Bottom of the fixed log-mel scale in dB re a full-scale sine (maps to −1).</summary>
    public const double DbFloor = -100;
    /// <summary>Top of the fixed log-mel scale in dB re a full-scale sine (maps to +1).</summary>
    public const double DbCeiling = 0;
    /// <summary>Δ regression half-width N (frames each side).</summary>
    public const int DeltaWidth = 2;
    /// <summary>
    /// Δ (dB per frame) that maps to ±1: about the 99th percentile of |Δ| on the real CREMA-D/RAVDESS samples (0.4 % of
    /// RAVDESS speech frames reach it). Tried 2026-12-04 at 24 / 10 dB: ML.NET's LbfgsMaximumEntropy on the whole column
    /// rose (RAVDESS actors 01–12, 4 folds by actor: 35.8 ± 3.9 → 40.0 ± 2.6 %, the plain log-mel dB image 37.7 ± 2.9 %;
    /// demo 32.6 → 41.7 %), the classifier (it normalises every channel-band row) stayed the same, but the generators lost
    /// their syllable bursts: with Δ at half amplitude its L1 and the critic stop asking for onsets, and the demo's
    /// tc-wGANs:3dCNN drew blobs (its SSIM rose 0.265 → 0.353 only because Δ spans half of SSIM's fixed range).
    /// </summary>
    public const double DeltaScaleDb = 12;
    /// <summary>ΔΔ (dB per frame²) that maps to ±1: about the 99th percentile of |ΔΔ| on the same samples.</summary>
    public const double DeltaDeltaScaleDb = 5;

    /// <summary>SpecAugment time-warp parameter W in frames (paper: 80 of ~1000+ frames; here ≈ 5 % of 112).</summary>
    public const int TimeWarp = 5;
    /// <summary>SpecAugment frequency-mask parameter F in bands (paper: 27 of 80 bins).</summary>
    public const int FrequencyMaskWidth = 4;
    /// <summary>SpecAugment number of frequency masks mF.</summary>
    public const int FrequencyMasks = 2;
    /// <summary>SpecAugment time-mask parameter T in frames (paper: 70–100 of 10 ms frames).</summary>
    public const int TimeMaskWidth = 10;
    /// <summary>SpecAugment number of time masks mT.</summary>
    public const int TimeMasks = 2;
    /// <summary>SpecAugment upper bound p: one time mask covers at most p·frames.</summary>
    public const double TimeMaskCap = 0.2;
    /// <summary>SpecAugment mask value.</summary>
    public const MaskFill Fill = MaskFill.ChannelMean;

    /// <summary>Griffin-Lim iterations when a caller has no preference.</summary>
    public const int GriffinLimIterations = 32;
}
