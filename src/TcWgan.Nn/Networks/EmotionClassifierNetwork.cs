namespace TcWgan.Nn;

/// <summary>
/// Q and its variants: (B, 3, 28, 112) spectrogram images → (B, 6) emotion logits.
/// <code>
/// x → (x − mean_cb) / sd_cb        per channel and mel band, statistics of the training rows (saved buffers)
///   → SpecMasking                  training only: on-the-fly frequency and time masks
///   → ConvTrunk                    conv-BN-LeakyReLU stages with max-pools, e.g. Q: (B, 128, 3, 14)
///   → mean ‖ max over time         (B, 2·C·h): what was said where in frequency, not when
///   → dropout → linear             (B, 6)
/// </code>
/// Pooling over time makes the head independent of where in the image the utterance sits; a flattened dense head
/// memorised time–frequency positions. <see cref="Features"/> is the pooled vector (the penultimate layer).
/// </summary>
internal sealed class EmotionClassifierNetwork : nn.Module<Tensor, Tensor>
{
    private readonly Tensor inputMean;  // (1, 3, 28, 1)
    private readonly Tensor inputScale; // (1, 3, 28, 1): 1 / sd
    private readonly SpecMasking masking;
    private readonly ConvTrunk trunk;
    private readonly SeededDropout dropout;
    private readonly Linear logits;

    /// <summary>Width of <see cref="Features"/>.</summary>
    public int FeatureCount => 2 * trunk.OutputChannels * trunk.OutputHeight;

    /// <summary>Builds the classifier; the input statistics start at mean 0, sd 1 (see <see cref="SetInputStatistics"/>).</summary>
    public EmotionClassifierNetwork(ClassifierKind kind, double widthMultiplier, double dropout, SpecMasking masking, Generator? dropoutGenerator)
        : base(nameof(EmotionClassifierNetwork))
    {
        inputMean = zeros(1, Shapes.Channels, Shapes.MelBands, 1);
        inputScale = ones(1, Shapes.Channels, Shapes.MelBands, 1);
        this.masking = masking;
        trunk = new ConvTrunk(ConvTopology.Of(kind), Shapes.MelBands, Shapes.SpecFrames, widthMultiplier);
        this.dropout = new SeededDropout(dropout, dropoutGenerator);
        logits = nn.Linear(FeatureCount, Emotions.Count);
        RegisterComponents();
    }

    /// <summary>
    /// Sets the per (channel, band) normalisation from training rows: <paramref name="mean"/> and <paramref name="sd"/>
    /// hold 3 · 28 values, channel-major. A zero sd counts as 1.
    /// </summary>
    public void SetInputStatistics(float[] mean, float[] sd)
    {
        int n = Shapes.Channels * Shapes.MelBands;
        if (mean.Length != n || sd.Length != n) throw new ArgumentException($"Input statistics need {n} means and sds.");
        using var noGrad = no_grad();
        using var m = tensor(mean, [1, Shapes.Channels, Shapes.MelBands, 1]);
        using var s = tensor(sd.Select(v => v > 1e-6f && float.IsFinite(v) ? 1 / v : 1f).ToArray(), [1, Shapes.Channels, Shapes.MelBands, 1]);
        inputMean.copy_(m);
        inputScale.copy_(s);
    }

    /// <summary>Pooled features: (B, 3, 28, 112) → (B, <see cref="FeatureCount"/>).</summary>
    public Tensor Features(Tensor spectrograms)
    {
        using var centred = spectrograms - inputMean;     // (B, 3, 28, 112)
        using var scaled = centred * inputScale;          // (B, 3, 28, 112), ≈ zero mean, unit sd per band
        using var masked = masking.forward(scaled);       // (B, 3, 28, 112)
        using var maps = trunk.forward(masked);           // (B, C, h, w)
        using var mean = maps.mean([3]);                  // (B, C, h)
        using var max = maps.amax([3]);                   // (B, C, h)
        using var pooled = cat([mean, max], 1);           // (B, 2C, h)
        return pooled.flatten(1);                         // (B, 2C·h)
    }

    public override Tensor forward(Tensor spectrograms)
    {
        using var features = Features(spectrograms);      // (B, F)
        using var dropped = dropout.forward(features);    // (B, F)
        return logits.forward(dropped);                   // (B, 6)
    }
}
