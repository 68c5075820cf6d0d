namespace TcWgan.Nn;

/// <summary>
/// The channels-last memory layout: the same (B, C, H, W) or (B, C, D, H, W) tensor, stored with the channels
/// innermost (NHWC / NDHWC strides). TorchSharp 0.107 has no <c>memory_format</c> argument, so the layout is made by a
/// permuted contiguous copy. libtorch keeps the layout through convolutions, batch norm, activations and pooling and
/// picks its channels-last CPU kernels, which are faster for our narrow networks: a width-0.25 Q training step
/// (batch 32, one thread) took 108–118 ms instead of 172–184 ms, most of the gain in max pooling, whose
/// channels-first CPU kernel is scalar. Values are the same tensor's; only the convolution's summation order may
/// differ in the last bits. Every view after a trunk must be a <c>reshape</c> or <c>flatten</c>, not a <c>view</c>.
/// </summary>
internal static class ChannelsLast
{
    /// <summary>
    /// <paramref name="input"/> with channels-last strides: (B, C, H, W) or (B, C, D, H, W), the same shape and values.
    /// </summary>
    public static Tensor Of(Tensor input)
    {
        (long[] order, long[] back) = input.dim() switch
        {
            4 => (new long[] { 0, 2, 3, 1 }, new long[] { 0, 3, 1, 2 }),          // (B, H, W, C) and back
            5 => (new long[] { 0, 2, 3, 4, 1 }, new long[] { 0, 4, 1, 2, 3 }),    // (B, D, H, W, C) and back
            _ => throw new ArgumentException($"Channels-last needs a 4-D or 5-D tensor, not {input.dim()}-D.", nameof(input)),
        };
        using var channelsInnermost = input.permute(order);
        using var packed = channelsInnermost.contiguous();
        return packed.permute(back);                                // the input's shape, channels-last strides
    }
}
