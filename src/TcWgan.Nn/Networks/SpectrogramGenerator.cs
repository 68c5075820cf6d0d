namespace TcWgan.Nn;

/// <summary>
/// Generator G: (B, 64 code ⊕ 6 one-hot ⊕ 32 noise) → (B, 3, 28, 112) spectrogram images in [−1, 1].
/// Authors' topology: dense to 128·7·7, nearest up-sampling ×2, ×2, (1, 2), (1, 2) each followed by a kernel-4
/// "same" convolution (one <see cref="SameConv2d"/> each, computed on the low-resolution input), then two more
/// convolutions; batch norm and LeakyReLU(0.2) everywhere but the tanh output layer. Dropout acts once, after the
/// last batch norm (before the output convolution): anywhere earlier, the next norm would learn a dropout-inflated
/// variance and the eval-mode generator would produce washed-out images.
/// The output layer adds a learned per-pixel bias before the tanh, which training starts at the training set's mean
/// spectrogram (<see cref="StartAtMean"/>), the way a classifier's output bias starts at the class priors: the
/// few hundred steps of a CPU run then go into what distinguishes clips, not into finding the average image.
/// </summary>
internal sealed class SpectrogramGenerator : nn.Module<Tensor, Tensor>
{
    /// <summary>Input width: code + one-hot emotion + noise.</summary>
    public const int InputSize = Shapes.FaceCode + Emotions.Count + Shapes.Noise;

    private readonly Sequential project;
    private readonly Sequential block14;
    private readonly Sequential block28;
    private readonly Sequential block56;
    private readonly Sequential block112;
    private readonly Sequential refine;
    private readonly SeededDropout dropout;
    private readonly SameConv2d output;
    private readonly Parameter baseline; // (3, 28, 112) pre-tanh bias of every output pixel
    private readonly long seedChannels;

    /// <summary>Builds G with hidden widths scaled by <paramref name="widthMultiplier"/>.</summary>
    public SpectrogramGenerator(double widthMultiplier, double dropout, Generator? dropoutGenerator) : base(nameof(SpectrogramGenerator))
    {
        long c128 = Width.Scale(128, widthMultiplier), c64 = Width.Scale(64, widthMultiplier);
        seedChannels = c128;
        project = nn.Sequential(nn.Linear(InputSize, c128 * 7 * 7), BatchNormLayer.Of1d(c128 * 7 * 7), new LeakyRelu(0.2));
        block14 = Block(c128, c128, 2, 2);
        block28 = Block(c128, c128, 2, 2);
        block56 = Block(c128, c64, 1, 2);
        block112 = Block(c64, c64, 1, 2);
        refine = Block(c64, c64, 1, 1);
        this.dropout = new SeededDropout(dropout, dropoutGenerator);
        output = new SameConv2d(c64, Shapes.Channels, 4);
        baseline = nn.Parameter(zeros(Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames));
        RegisterComponents();
    }

    /// <summary>Nearest up-sampling by (<paramref name="upRows"/>, <paramref name="upColumns"/>), a kernel-4 "same" convolution, batch norm, LeakyReLU.</summary>
    private static Sequential Block(long inChannels, long outChannels, int upRows, int upColumns) =>
        nn.Sequential(new SameConv2d(inChannels, outChannels, 4, upRows, upColumns), BatchNormLayer.Of2d(outChannels), new LeakyRelu(0.2));

    /// <summary>
    /// Sets the output bias so that a zero convolution output gives <paramref name="meanImage"/> (3, 28, 112) in
    /// [−1, 1]: atanh of the mean, clamped to ±0.99 so saturated pixels keep a gradient.
    /// </summary>
    public void StartAtMean(Tensor meanImage)
    {
        using var noGrad = no_grad();
        using var clamped = meanImage.clamp(-0.99, 0.99);
        using var preTanh = clamped.atanh();
        baseline.copy_(preTanh);
    }

    /// <summary>Concatenates G's input: (B, 64) codes, emotion indices (B) and (B, 32) noise → (B, 102).</summary>
    public static Tensor Input(Tensor codes, Tensor emotions, Tensor noise)
    {
        using var oneHot = nn.functional.one_hot(emotions, Emotions.Count).to(codes.dtype); // (B, 6)
        return cat([codes, oneHot, noise], 1);                                              // (B, 102)
    }

    public override Tensor forward(Tensor input)
    {
        using var dense = project.forward(input);                                     // (B, 128·7·7)
        using var seed = dense.view(-1, seedChannels, 7, 7);                           // (B, 128, 7, 7)
        using var x14 = block14.forward(seed);                                         // up ×2: (B, 128, 14, 14)
        using var x28 = block28.forward(x14);                                          // up ×2: (B, 128, 28, 28)
        using var x56 = block56.forward(x28);                                          // up ×(1, 2): (B, 64, 28, 56)
        using var x112 = block112.forward(x56);                                        // up ×(1, 2): (B, 64, 28, 112)
        using var refined = refine.forward(x112);                                      // (B, 64, 28, 112)
        using var dropped = dropout.forward(refined);                                  // (B, 64, 28, 112)
        using var image = output.forward(dropped);                                     // (B, 3, 28, 112)
        using var biased = ScalarMath.Plus(image, baseline);                            // (B, 3, 28, 112)
        return biased.tanh();                                                          // (B, 3, 28, 112) in [−1, 1]
    }
}
