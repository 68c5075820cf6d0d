using TorchSharp;
using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>
/// Per-frame 2-D CNN: (B, 3, 28, 28) face frames → (B, 128) features (d1). Same topology as Q
/// (<see cref="ConvTopology.Q"/>) with the input layer sized for faces.
/// </summary>
public sealed class FrameCnn : nn.Module<Tensor, Tensor>
{
    private readonly ConvTrunk trunk;

    /// <summary>Builds the frame CNN at the given width multiplier.</summary>
    public FrameCnn(double widthMultiplier, double dropout, Generator? dropoutGenerator) : base(nameof(FrameCnn))
    {
        trunk = new ConvTrunk(ConvTopology.Q, Shapes.FaceSize, Shapes.FaceSize, widthMultiplier, dropout,
                              dropoutGenerator, Shapes.FrameFeatures);
        RegisterComponents();
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor frames) => trunk.forward(frames); // (B, 3, 28, 28) → (B, 128)
}
