namespace TcWgan.Nn;

/// <summary>wGAN-im2im encoder: only the middle frame (index 5) through <see cref="FrameCnn"/>, then dense to 64.</summary>
internal sealed class StaticFrameEncoder : TemporalEncoder
{
    /// <summary>Index of the frame used from each window.</summary>
    public const int MiddleFrame = Shapes.WindowFrames / 2;

    private readonly FrameCnn frames;
    private readonly Linear code;

    public StaticFrameEncoder(double widthMultiplier, double dropout, Generator? dropoutGenerator)
        : base(nameof(StaticFrameEncoder), dropout, dropoutGenerator)
    {
        frames = new FrameCnn(widthMultiplier);
        code = nn.Linear(Shapes.FrameFeatures, Shapes.FaceCode);
        RegisterComponents();
    }

    public override Tensor forward(Tensor windows)
    {
        using var middle = windows.select(1, MiddleFrame);  // (B, 3, 28, 28)
        using var features = frames.forward(middle);       // (B, 128)
        using var dense = code.forward(features);          // (B, 64)
        return ScalarMath.LeakyRelu(dense);                // (B, 64)
    }
}
