namespace TcWgan.Nn;

/// <summary>
/// Table of the 2-D CNN bodies: 3×3 convolution stages (channels per layer) and whether a 2×2 max-pool follows each
/// stage. Q and the face frame CNN share <see cref="Q"/>.
/// </summary>
internal sealed record ConvTopology(int[][] Stages, bool[] PoolAfter)
{
    /// <summary>Q: 6 convolutions 32-64 | 64-128 | 128-128, each stage pooled: (3, 28, 112) → (128, 3, 14).</summary>
    public static ConvTopology Q { get; } = new([[32, 64], [64, 128], [128, 128]], [true, true, true]);

    /// <summary>Q16: VGG16's 13-convolution layout at half width, four pools: (3, 28, 112) → (256, 1, 7).</summary>
    public static ConvTopology Q16 { get; } = new(
        [[32, 32], [64, 64], [128, 128, 128], [256, 256, 256], [256, 256, 256]],
        [true, true, true, true, false]);

    /// <summary>VGG16 convolution widths (64 … 512), four pools: (3, 28, 112) → (512, 1, 7).</summary>
    public static ConvTopology Vgg16 { get; } = new(
        [[64, 64], [128, 128], [256, 256, 256], [512, 512, 512], [512, 512, 512]],
        [true, true, true, true, false]);

    /// <summary>The topology of a classifier kind.</summary>
    public static ConvTopology Of(ClassifierKind kind) => kind switch
    {
        ClassifierKind.Q => Q,
        ClassifierKind.Q16 => Q16,
        ClassifierKind.Vgg16 => Vgg16,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown classifier kind."),
    };
}
