using F = TorchSharp.torch.nn.functional;

namespace TcWgan.Nn;

/// <summary>
/// Batch norm over (B, C), (B, C, …) inputs with the same parameters, buffers and state-dict names as TorchSharp's
/// <c>BatchNorm1d/2d/3d</c> (weight, bias, running_mean, running_var, num_batches_tracked), whose training-mode
/// counter increment holds its native Scalars. TorchSharp's own forward runs <c>num_batches_tracked.add_(1)</c> with
/// two implicitly converted Scalars on every training step; a background GC freed one mid-call in the demo
/// ("For integral input tensors, argument alpha must not be a floating point", see <see cref="ScalarMath"/>).
/// </summary>
internal sealed class BatchNormLayer : TorchSharp.Modules.BatchNorm
{
    private readonly int inputDimensions;

    private BatchNormLayer(long features, int inputDimensions, string name)
        : base(features, 1e-5, 0.1, affine: true, track_running_stats: true, device: null, dtype: null, name)
    {
        this.inputDimensions = inputDimensions;
    }

    /// <summary>Over (B, C) dense features.</summary>
    public static BatchNormLayer Of1d(long features) => new(features, 2, "BatchNorm1d");

    /// <summary>Over (B, C, H, W) feature maps.</summary>
    public static BatchNormLayer Of2d(long features) => new(features, 4, "BatchNorm2d");

    /// <summary>Over (B, C, T, H, W) feature volumes.</summary>
    public static BatchNormLayer Of3d(long features) => new(features, 5, "BatchNorm3d");

    public override Tensor forward(Tensor input)
    {
        ValidateInputDimensions(input);
        if (training && track_running_stats) num_batches_tracked!.add_(ScalarMath.One, ScalarMath.One);
        // momentum is always set here (never the cumulative-average null), so the counter is bookkeeping only.
        return F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum ?? 0.1, eps);
    }

    protected override void ValidateInputDimensions(Tensor input)
    {
        if (input.dim() != inputDimensions)
            throw new ArgumentException($"{GetName()} expects {inputDimensions}-D input, got {input.dim()}-D {string.Join("×", input.shape)}.");
    }
}
