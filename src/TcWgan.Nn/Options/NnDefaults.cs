namespace TcWgan.Nn;

/// <summary>The defaults of the model layer that no option names, in one place.</summary>
internal static class NnDefaults
{
    /// <summary>
    /// On-the-fly SpecAugment masks of every spectrogram classifier (the AER classifier's defaults too): 2 masks of up to
    /// 4 of the 28 bands and 2 of up to 12 of the 112 frames (≈ 0.3 s).
    /// </summary>
    public static (int FrequencyMasks, int FrequencyMaskWidth, int TimeMasks, int TimeMaskWidth) Masks => (2, 4, 2, 12);

    /// <summary>The AER classifier's on-the-fly time warp (frames), SpecAugment's W as in the prepared variants (Dsp's default 5).</summary>
    public const int TimeWarp = 5;

    /// <summary>
    /// Encoder FER and Q pre-training inside a GAN run: AdamW with weight decay 0.01, label smoothing 0.1, balanced
    /// classes; steps, batch size, learning rate and seed come from <see cref="GanOptions"/>.
    /// </summary>
    public static SupervisedSettings Pretraining { get; } = new(Steps: 0, BatchSize: 64, LearningRate: 1e-3,
        WeightDecay: 0.01, LabelSmoothing: 0.1, BalanceClasses: true, Seed: 0);
}
