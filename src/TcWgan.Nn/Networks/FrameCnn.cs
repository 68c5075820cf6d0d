namespace TcWgan.Nn;

/// <summary>
/// Per-frame 2-D CNN: (B, 3, 28, 28) face frames → (B, 128) features (d1). Q's convolution stages
/// (<see cref="ConvTopology.Q"/>) sized for faces, flattened to a dense 128 with LeakyReLU.
/// </summary>
internal sealed class FrameCnn : nn.Module<Tensor, Tensor>
{
    private readonly ConvTrunk trunk;
    private readonly Linear dense;

    public FrameCnn(double widthMultiplier) : base(nameof(FrameCnn))
    {
        trunk = new ConvTrunk(ConvTopology.Q, Shapes.FaceSize, Shapes.FaceSize, widthMultiplier);
        dense = nn.Linear(trunk.OutputChannels * trunk.OutputHeight * trunk.OutputWidth, Shapes.FrameFeatures);
        RegisterComponents();
    }

    public override Tensor forward(Tensor frames)
    {
        using var maps = trunk.forward(frames);   // (B, 128, 3, 3)
        using var flat = maps.flatten(1);         // (B, 1152)
        using var features = dense.forward(flat); // (B, 128)
        return ScalarMath.LeakyRelu(features);    // (B, 128)
    }
}
