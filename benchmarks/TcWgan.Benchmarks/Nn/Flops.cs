using TcWgan.Nn;

namespace TcWgan.Benchmarks.Nn;

/// <summary>
/// Forward FLOPs per sample of the paper-sized networks, counted from their topologies (multiply-add = 2 FLOPs;
/// norms, activations and pooling ignored).
/// </summary>
public static class Flops
{
    /// <summary>2·n³ for an n×n by n×n product.</summary>
    public static double Gemm(int n) => 2.0 * n * n * n;

    private static double Conv(int cin, int cout, int kernel, int h, int w) => 2.0 * cin * cout * kernel * kernel * h * w;
    private static double Dense(int inputs, int outputs) => 2.0 * inputs * outputs;

    /// <summary>
    /// G as it computes: dense 102→6272, then each up-sampling layer as <c>SameConv2d</c> runs it on the low-resolution
    /// input (×2×2: 4 phases of 3×3 taps; ×(1, 2): 2 phases of 4×3 taps), the kernel-4 convolutions at 28×112 (×2) and
    /// the output layer. The rows and columns that the symmetric padding adds and the layer cuts are not counted.
    /// </summary>
    public static double GeneratorForward { get; } =
        Dense(SpectrogramGenerator.InputSize, 128 * 7 * 7)
        + Phases(128, 128, 4, 3, 3, 7, 7) + Phases(128, 128, 4, 3, 3, 14, 14) + Phases(128, 64, 2, 4, 3, 28, 28)
        + Phases(64, 64, 2, 4, 3, 28, 56) + Conv(64, 64, 4, 28, 112) + Conv(64, 3, 4, 28, 112);

    /// <summary>
    /// G as the paper defines it (up-sample, then a kernel-4 convolution at the output size): 1.32× the multiply-adds
    /// of <see cref="GeneratorForward"/>; the difference is arithmetic on repeated pixels.
    /// </summary>
    public static double GeneratorForwardAsDefined { get; } =
        Dense(SpectrogramGenerator.InputSize, 128 * 7 * 7)
        + Conv(128, 128, 4, 14, 14) + Conv(128, 128, 4, 28, 28) + Conv(128, 64, 4, 28, 56)
        + Conv(64, 64, 4, 28, 112) + Conv(64, 64, 4, 28, 112) + Conv(64, 3, 4, 28, 112);

    private static double Phases(int cin, int cout, int phases, int rowTaps, int columnTaps, int h, int w) =>
        2.0 * cin * cout * phases * rowTaps * columnTaps * h * w;

    /// <summary>D: 3×3 stride-2 convolutions 16, 32, 64, 128, 128 and the score layer.</summary>
    public static double CriticForward { get; } =
        Conv(3, 16, 3, 14, 56) + Conv(16, 32, 3, 7, 28) + Conv(32, 64, 3, 4, 14) + Conv(64, 128, 3, 2, 7)
        + Conv(128, 128, 3, 1, 4) + Dense(512, 1);

    /// <summary>Q on 28×112: stages 32-64 | 64-128 | 128-128 with 2×2 pooling, then the pooled head 768→6.</summary>
    public static double ClassifierForward { get; } =
        Conv(3, 32, 3, 28, 112) + Conv(32, 64, 3, 28, 112) + Conv(64, 64, 3, 14, 56) + Conv(64, 128, 3, 14, 56)
        + Conv(128, 128, 3, 7, 28) + Conv(128, 128, 3, 7, 28) + Dense(2 * 128 * 3, 6);
}
