namespace TcWgan.Nn;

/// <summary>
/// Critic D: (B, 3, 28, 112) → (B, 1) unbounded score (no sigmoid; the conventional loss applies BCE-with-logits
/// to the same score). Trunk: 3×3 stride-2 convolutions with 16, 32, 64, 128, 128 channels and LeakyReLU(0.2),
/// normalised per <see cref="CriticNorm"/> from the second layer on. An optional auxiliary head gives AC-GAN
/// emotion logits from the same trunk.
/// </summary>
internal sealed class SpectrogramCritic : nn.Module<Tensor, Tensor>
{
    private static readonly int[] TrunkChannels = [16, 32, 64, 128, 128];

    private readonly Sequential trunk;
    private readonly Linear score;
    private readonly Linear? emotionHead;

    public SpectrogramCritic(double widthMultiplier, CriticNorm norm, bool emotionHead)
        : base(nameof(SpectrogramCritic))
    {
        trunk = nn.Sequential();
        long channels = Shapes.Channels;
        int h = Shapes.MelBands, w = Shapes.SpecFrames;
        for (int i = 0; i < TrunkChannels.Length; i++)
        {
            long next = Width.Scale(TrunkChannels[i], widthMultiplier);
            trunk.append(nn.Conv2d(channels, next, 3, stride: 2, padding: 1)); // (28,112)→(14,56)→(7,28)→(4,14)→(2,7)→(1,4)
            h = (h + 1) / 2; w = (w + 1) / 2;
            if (i > 0 && norm == CriticNorm.Layer) trunk.append(nn.GroupNorm(1, next));
            if (i > 0 && norm == CriticNorm.Batch) trunk.append(BatchNormLayer.Of2d(next));
            trunk.append(new LeakyRelu(0.2));
            channels = next;
        }
        long features = channels * h * w; // (B, 128·1·4)
        score = nn.Linear(features, 1);
        this.emotionHead = emotionHead ? nn.Linear(features, Emotions.Count) : null;
        RegisterComponents();
    }

    /// <summary>Score and, when the head exists, emotion logits: (B, 1) and (B, 6).</summary>
    public (Tensor Score, Tensor? EmotionLogits) Evaluate(Tensor spectrograms)
    {
        using var maps = trunk.forward(spectrograms); // (B, 128, 1, 4)
        using var flat = maps.flatten(1);             // (B, 512)
        return (score.forward(flat), emotionHead?.forward(flat));
    }

    public override Tensor forward(Tensor spectrograms)
    {
        using var maps = trunk.forward(spectrograms); // (B, 128, 1, 4)
        using var flat = maps.flatten(1);             // (B, 512)
        return score.forward(flat);                   // (B, 1)
    }
}
