namespace TcWgan.Nn;

/// <summary>
/// Stride-1 2-D convolution with "same" output size for any kernel, padding asymmetrically when the kernel is even
/// (kernel 4: one before, two after, as Keras/TensorFlow "same" does).
/// </summary>
internal sealed class SameConv2d : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv;
    private readonly long[] padding;

    /// <summary>A <paramref name="kernel"/>×<paramref name="kernel"/> convolution keeping height and width.</summary>
    public SameConv2d(long inChannels, long outChannels, int kernel) : base(nameof(SameConv2d))
    {
        int before = (kernel - 1) / 2, after = kernel - 1 - before;
        padding = [before, after, before, after]; // (left, right, top, bottom)
        conv = nn.Conv2d(inChannels, outChannels, kernel, stride: 1L, padding: 0L);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var padded = nn.functional.pad(input, padding); // (B, C, H + k − 1, W + k − 1)
        return conv.forward(padded);                          // (B, C', H, W)
    }
}
