namespace TcWgan.Nn;

/// <summary>
/// LeakyReLU whose slope is one long-lived native Scalar held by the module (TorchSharp's own module converts the
/// slope on every call; see <see cref="ScalarMath"/> for why that can fail under GC pressure).
/// </summary>
internal sealed class LeakyRelu : nn.Module<Tensor, Tensor>
{
    private readonly Scalar slope;

    /// <summary>LeakyReLU with the given negative slope (0.2 throughout the paper's networks).</summary>
    public LeakyRelu(double negativeSlope = 0.2) : base(nameof(LeakyRelu))
    {
        slope = negativeSlope.ToScalar();
        RegisterComponents();
    }

    public override Tensor forward(Tensor input) => input.leaky_relu(slope); // same shape as input

    protected override void Dispose(bool disposing)
    {
        if (disposing) slope.Dispose();
        base.Dispose(disposing);
    }
}
