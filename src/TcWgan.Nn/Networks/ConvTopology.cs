namespace TcWgan.Nn;

/// <summary>
/// Table of the 2-D CNN topologies: 3×3 convolution stages (channels per layer), whether a 2×2 max-pool follows
/// each stage, and the hidden dense widths after flattening. Q and the face frame CNN share <see cref="Q"/>.
/// </summary>
public sealed record ConvTopology(int[][] Stages, bool[] PoolAfter, int[] Dense)
{
    /// <summary>Q: 6 convolutions 32-64 | 64-128 | 128-128, dense 176 → 128 (≈1.4 M parameters on 28×112).</summary>
    public static ConvTopology Q { get; } = new([[32, 64], [64, 128], [128, 128]], [true, true, true], [176, 128]);

    /// <summary>Q16: VGG16 layout at half width (13 convolutions) with dense 1280 → 1280 (≈7.5 M parameters).</summary>
    public static ConvTopology Q16 { get; } = new(
        [[32, 32], [64, 64], [128, 128, 128], [256, 256, 256], [256, 256, 256]],
        [true, true, true, true, false], [1280, 1280]);

    /// <summary>VGG16 convolution widths (64 … 512), dense 512 → 512.</summary>
    public static ConvTopology Vgg16 { get; } = new(
        [[64, 64], [128, 128], [256, 256, 256], [512, 512, 512], [512, 512, 512]],
        [true, true, true, true, false], [512, 512]);

    /// <summary>The topology of a classifier kind.</summary>
    public static ConvTopology Of(ClassifierKind kind) => kind switch
    {
        ClassifierKind.Q => Q,
        ClassifierKind.Q16 => Q16,
        ClassifierKind.Vgg16 => Vgg16,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown classifier kind."),
    };
}
