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
        if (!training && input.requires_grad) return FrozenAffine(input);
        // momentum is always set here (never the cumulative-average null), so the counter is bookkeeping only.
        return F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum ?? 0.1, eps);
    }

    /// <summary>
    /// Eval-mode batch norm as x·α + β with α = γ / √(σ² + ε) and β = b − μ·α per channel, for an input a gradient
    /// will flow back through (the frozen Q under the generator's update): the same affine map libtorch applies (within
    /// 5e-7), but its backward is one multiplication. libtorch 2.10's CPU batch-norm backward is slow on channels-last
    /// input: (32, 16, 28, 112) forward + backward 6.3 ms native, 3.6 ms this way; the width-1/8 Q's forward + backward
    /// to its input 31 → 11 ms (2 threads). Inference without gradients keeps the native kernel (0.25 ms against 1 ms).
    /// </summary>
    private Tensor FrozenAffine(Tensor input)
    {
        var shape = Enumerable.Repeat(1L, (int)input.dim()).ToArray();
        shape[1] = input.shape[1];                                              // (1, C, 1, …)
        using var invStd = ScalarMath.Add(running_var!, eps).rsqrt();           // (C)
        using var alpha = invStd * weight!;                                     // (C)
        using var shifted = running_mean! * alpha;                              // (C)
        using var beta = bias! - shifted;                                       // (C)
        using var alphaView = alpha.view(shape);
        using var betaView = beta.view(shape);
        return addcmul(betaView, input, alphaView, ScalarMath.One);            // the input's shape
    }

    protected override void ValidateInputDimensions(Tensor input)
    {
        if (input.dim() != inputDimensions)
            throw new ArgumentException($"{GetName()} expects {inputDimensions}-D input, got {input.dim()}-D {string.Join("×", input.shape)}.");
    }
}
