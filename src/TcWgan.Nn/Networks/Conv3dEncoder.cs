namespace TcWgan.Nn;

/// <summary>
/// 3dCNN encoder: 3-D convolutions (3×3×3) with batch norm and LeakyReLU, max-pooled over space, then over time and
/// space, flattened to a dense 64-d code.
/// </summary>
internal sealed class Conv3dEncoder : TemporalEncoder
{
    private readonly Sequential features;
    private readonly Linear code;

    public Conv3dEncoder(double widthMultiplier, double dropout, Generator? dropoutGenerator)
        : base(nameof(Conv3dEncoder), dropout, dropoutGenerator)
    {
        long c32 = Width.Scale(32, widthMultiplier), c64 = Width.Scale(64, widthMultiplier), c128 = Width.Scale(128, widthMultiplier);
        features = nn.Sequential(
            nn.Conv3d(Shapes.Channels, c32, 3, padding: 1, bias: false), BatchNormLayer.Of3d(c32), new LeakyRelu(0.2),
            nn.MaxPool3d((1, 2, 2)),                                         // (B, 32, 10, 14, 14)
            nn.Conv3d(c32, c64, 3, padding: 1, bias: false), BatchNormLayer.Of3d(c64), new LeakyRelu(0.2),
            nn.MaxPool3d(2),                                                 // (B, 64, 5, 7, 7)
            nn.Conv3d(c64, c128, 3, padding: 1, bias: false), BatchNormLayer.Of3d(c128), new LeakyRelu(0.2),
            nn.MaxPool3d(2));                                                // (B, 128, 2, 3, 3)
        code = nn.Linear(c128 * 2 * 3 * 3, Shapes.FaceCode);
        RegisterComponents();
    }

    public override Tensor forward(Tensor windows)
    {
        using var volume = windows.permute(0, 2, 1, 3, 4);        // (B, 3, 10, 28, 28)
        using var maps = features.forward(volume);               // (B, 128, 2, 3, 3)
        using var flat = maps.flatten(1);                        // (B, 2304)
        using var dense = code.forward(flat);                    // (B, 64)
        return ScalarMath.LeakyRelu(dense);                      // (B, 64)
    }
}
