namespace TcWgan.Nn;

/// <summary>
/// SpecAugment as a training-only layer (like dropout: the identity in eval mode), drawn on the device from the
/// trainer's seeded generator. Per sample: first an optional time warp (the frame at a centre c ~ U[W, T−1−W] moves
/// by d ~ U[−W, W], both sides stretched linearly to keep the ends, resampled bilinearly), then
/// <c>frequencyMasks</c> bands of f ~ U{0..F} rows and <c>timeMasks</c> spans of t ~ U{0..T} columns set to 0.
/// Placed after input normalisation, 0 is the band mean. Every channel of a sample shares its warp and masks.
/// </summary>
internal sealed class SpecMasking : nn.Module<Tensor, Tensor>
{
    private readonly int frequencyMasks, frequencyMaskWidth, timeMasks, timeMaskWidth, timeWarp;
    private readonly Generator? generator;

    /// <summary>Masks of at most <paramref name="frequencyMaskWidth"/> rows and <paramref name="timeMaskWidth"/> columns; a warp of at most <paramref name="timeWarp"/> frames (0: none).</summary>
    public SpecMasking(int frequencyMasks, int frequencyMaskWidth, int timeMasks, int timeMaskWidth, Generator? generator, int timeWarp = 0)
        : base(nameof(SpecMasking))
    {
        if (frequencyMasks < 0 || frequencyMaskWidth < 0 || timeMasks < 0 || timeMaskWidth < 0 || timeWarp < 0)
            throw new ArgumentOutOfRangeException(nameof(frequencyMasks), "Mask counts and widths and the warp must be ≥ 0.");
        this.timeWarp = timeWarp;
        this.frequencyMasks = frequencyMasks;
        this.frequencyMaskWidth = frequencyMaskWidth;
        this.timeMasks = timeMasks;
        this.timeMaskWidth = timeMaskWidth;
        this.generator = generator;
        RegisterComponents();
    }

    /// <summary>The masks of <see cref="NnDefaults.Masks"/>, without a time warp.</summary>
    public static SpecMasking Default(Generator? generator)
    {
        var (f, fw, t, tw) = NnDefaults.Masks;
        return new SpecMasking(f, fw, t, tw, generator);
    }

    /// <summary>True when the layer can change anything in training mode.</summary>
    public bool IsActive => frequencyMasks * frequencyMaskWidth + timeMasks * timeMaskWidth + timeWarp > 0;

    public override Tensor forward(Tensor input)
    {
        if (!training || !IsActive) return input.alias();
        using var scope = NewDisposeScope();
        long batch = input.shape[0], height = input.shape[2], width = input.shape[3];
        if (timeWarp > 0 && width > 2 * timeWarp + 2) input = Warp(input, batch, height, width);
        var rows = ScalarMath.Range(0, height, input.device).view(1, 1, height, 1);   // (1, 1, H, 1)
        var columns = ScalarMath.Range(0, width, input.device).view(1, 1, 1, width); // (1, 1, 1, W)
        var masked = zeros([batch, 1, height, width], ScalarType.Bool, input.device); // (B, 1, H, W)
        for (int m = 0; m < frequencyMasks; m++) masked = masked.logical_or(Span(rows, batch, height, frequencyMaskWidth, input.device));
        for (int m = 0; m < timeMasks; m++) masked = masked.logical_or(Span(columns, batch, width, timeMaskWidth, input.device));
        var keep = masked.logical_not().to(input.dtype);                         // (B, 1, H, W): 0 where masked
        return (input * keep).MoveToOuterDisposeScope();                          // (B, C, H, W)
    }

    /// <summary>The time warp of the class summary: (B, C, H, W) → (B, C, H, W).</summary>
    private Tensor Warp(Tensor input, long batch, long height, long width)
    {
        double last = width - 1;
        var centre = ScalarMath.Add(ScalarMath.Mul(rand([batch, 1, 1], generator: generator, device: input.device), last - 2 * timeWarp), timeWarp); // (B, 1, 1) in [W, T−1−W]
        var shift = ScalarMath.Add(ScalarMath.Mul(rand([batch, 1, 1], generator: generator, device: input.device), 2 * timeWarp), -timeWarp); // (B, 1, 1) d in [−W, W]
        var moved = ScalarMath.Clamp(ScalarMath.Plus(centre, shift), 1, last - 1);                                       // c + d, never an end (no 0/0)
        var t = ScalarMath.Range(0, width, input.device).to_type(ScalarType.Float32).view(1, 1, width);                  // (1, 1, W) output frames
        var before = t * centre / moved;                                                                                 // source frame left of c + d
        var after = ScalarMath.Plus(centre, (t - moved) * ScalarMath.SubtractFrom(last, centre) / ScalarMath.SubtractFrom(last, moved)); // right of it
        var source = where(t.lt(moved), before, after);                                                                  // (B, 1, W)
        var x = ScalarMath.Add(ScalarMath.Mul(source, 2 / last), -1).expand(batch, height, width);                      // (B, H, W) in [−1, 1]
        var rows = ScalarMath.Range(0, height, input.device).to_type(ScalarType.Float32).view(1, height, 1);
        var y = ScalarMath.Add(ScalarMath.Mul(rows, 2.0 / Math.Max(1, height - 1)), -1).expand(batch, height, width);   // (B, H, W)
        var grid = stack([x, y], 3).to(input.dtype);                                                                      // (B, H, W, 2)
        return nn.functional.grid_sample(input, grid, GridSampleMode.Bilinear, GridSamplePaddingMode.Border, align_corners: true);
    }

    /// <summary>Per sample, [start, start + size) along an axis of <paramref name="length"/> with size ~ U{0..maxSize}.</summary>
    private Tensor Span(Tensor positions, long batch, long length, int maxSize, Device device)
    {
        long cap = Math.Min(maxSize, length);
        var size = ScalarMath.Mul(rand([batch, 1, 1, 1], generator: generator, device: device), cap + 1).floor_();  // (B, 1, 1, 1) in 0..cap
        var room = ScalarMath.SubtractFrom(length + 1, size);                                                      // start in 0..length − size
        var start = rand([batch, 1, 1, 1], generator: generator, device: device).mul_(room).floor_();
        return positions.ge(start).logical_and(positions.lt(ScalarMath.Plus(start, size)));                      // (B, 1, H or 1, 1 or W)
    }
}
