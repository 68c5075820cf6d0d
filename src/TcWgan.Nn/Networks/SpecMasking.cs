using TorchSharp;
using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>
/// SpecAugment's masks as a training-only layer (like dropout: the identity in eval mode): per sample,
/// <c>frequencyMasks</c> bands of f ~ U{0..F} rows and <c>timeMasks</c> spans of t ~ U{0..T} columns are set to 0,
/// drawn on the device from the trainer's seeded generator. Placed after input normalisation, 0 is the band mean.
/// Every channel of a sample shares its masks.
/// </summary>
public sealed class SpecMasking : nn.Module<Tensor, Tensor>
{
    private readonly int frequencyMasks, frequencyMaskWidth, timeMasks, timeMaskWidth;
    private readonly Generator? generator;

    /// <summary>Masks of at most <paramref name="frequencyMaskWidth"/> rows and <paramref name="timeMaskWidth"/> columns.</summary>
    public SpecMasking(int frequencyMasks, int frequencyMaskWidth, int timeMasks, int timeMaskWidth, Generator? generator)
        : base(nameof(SpecMasking))
    {
        if (frequencyMasks < 0 || frequencyMaskWidth < 0 || timeMasks < 0 || timeMaskWidth < 0)
            throw new ArgumentOutOfRangeException(nameof(frequencyMasks), "Mask counts and widths must be ≥ 0.");
        this.frequencyMasks = frequencyMasks;
        this.frequencyMaskWidth = frequencyMaskWidth;
        this.timeMasks = timeMasks;
        this.timeMaskWidth = timeMaskWidth;
        this.generator = generator;
        RegisterComponents();
    }

    /// <summary>True when the layer can change anything in training mode.</summary>
    public bool IsActive => frequencyMasks * frequencyMaskWidth + timeMasks * timeMaskWidth > 0;

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        if (!training || !IsActive) return input.alias();
        using var scope = NewDisposeScope();
        long batch = input.shape[0], height = input.shape[2], width = input.shape[3];
        var rows = ScalarMath.Range(0, height, input.device).view(1, 1, height, 1);   // (1, 1, H, 1)
        var columns = ScalarMath.Range(0, width, input.device).view(1, 1, 1, width); // (1, 1, 1, W)
        var masked = zeros([batch, 1, height, width], ScalarType.Bool, input.device); // (B, 1, H, W)
        for (int m = 0; m < frequencyMasks; m++) masked = masked.logical_or(Span(rows, batch, height, frequencyMaskWidth, input.device));
        for (int m = 0; m < timeMasks; m++) masked = masked.logical_or(Span(columns, batch, width, timeMaskWidth, input.device));
        var keep = masked.logical_not().to(input.dtype);                         // (B, 1, H, W): 0 where masked
        return (input * keep).MoveToOuterDisposeScope();                          // (B, C, H, W)
    }

    /// <summary>Per sample, [start, start + size) along an axis of <paramref name="length"/> with size ~ U{0..maxSize}.</summary>
    private Tensor Span(Tensor positions, long batch, long length, int maxSize, Device device)
    {
        long cap = Math.Min(maxSize, length);
        var size = ScalarMath.Mul(rand([batch, 1, 1, 1], generator: generator, device: device), cap + 1).floor_();  // (B, 1, 1, 1) in 0..cap
        var room = ScalarMath.SubtractFrom(length + 1, size);                                                      // start in 0..length − size
        var start = rand([batch, 1, 1, 1], generator: generator, device: device).mul_(room).floor_();
        return positions.ge(start).logical_and(positions.lt(start + size));                                       // (B, 1, H or 1, 1 or W)
    }
}
