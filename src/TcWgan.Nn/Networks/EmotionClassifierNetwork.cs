using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>
/// Q and its variants: (B, 3, 28, 112) spectrogram images → (B, 6) emotion logits. <see cref="Features"/> gives the
/// penultimate layer.
/// </summary>
public sealed class EmotionClassifierNetwork : nn.Module<Tensor, Tensor>
{
    private readonly ConvTrunk trunk;
    private readonly Linear logits;

    /// <summary>The topology this network was built from.</summary>
    public ClassifierKind Kind { get; }

    /// <summary>Width of <see cref="Features"/>.</summary>
    public int FeatureCount => trunk.OutputFeatures;

    /// <summary>Builds the classifier.</summary>
    public EmotionClassifierNetwork(ClassifierKind kind, double widthMultiplier, double dropout, Generator? dropoutGenerator)
        : base(nameof(EmotionClassifierNetwork))
    {
        Kind = kind;
        trunk = new ConvTrunk(ConvTopology.Of(kind), Shapes.MelBands, Shapes.SpecFrames, widthMultiplier, dropout, dropoutGenerator);
        logits = nn.Linear(trunk.OutputFeatures, Emotions.Count);
        RegisterComponents();
    }

    /// <summary>Penultimate features: (B, 3, 28, 112) → (B, <see cref="FeatureCount"/>).</summary>
    public Tensor Features(Tensor spectrograms) => trunk.forward(spectrograms);

    /// <inheritdoc />
    public override Tensor forward(Tensor spectrograms)
    {
        using var features = trunk.forward(spectrograms); // (B, F)
        return logits.forward(features);                  // (B, 6)
    }
}
