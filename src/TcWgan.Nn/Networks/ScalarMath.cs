namespace TcWgan.Nn;

/// <summary>
/// Tensor–number arithmetic that keeps the native <see cref="Scalar"/> alive until libtorch returns.
/// TorchSharp 0.107 passes an implicitly converted Scalar's handle to native code without keeping the Scalar
/// reachable, so under GC pressure its finaliser can free it mid-call ("Exception raised from toFloat … Scalar.h").
/// </summary>
internal static class ScalarMath
{
    /// <summary>
    /// The integer 1, held for the life of the process: the alpha of every tensor + tensor (TorchSharp's <c>add(Tensor)</c>
    /// and <c>+</c> pass an implicit one; <c>sub</c> takes none) and batch norm's step counter. Integral, so int64
    /// tensors accept it too.
    /// </summary>
    public static readonly Scalar One = 1L.ToScalar();

    /// <summary><paramref name="left"/> + <paramref name="right"/> (broadcast). Tensor − tensor needs no helper.</summary>
    public static Tensor Plus(Tensor left, Tensor right) => left.add(right, One);

    /// <summary><paramref name="tensor"/> · <paramref name="factor"/>.</summary>
    public static Tensor Mul(Tensor tensor, double factor)
    {
        using var scalar = factor.ToScalar();
        return tensor.mul(scalar);
    }

    /// <summary><paramref name="tensor"/> + <paramref name="value"/>.</summary>
    public static Tensor Add(Tensor tensor, double value)
    {
        using var scalar = value.ToScalar();
        return tensor.add(scalar);
    }

    /// <summary><paramref name="value"/> − <paramref name="tensor"/>.</summary>
    public static Tensor SubtractFrom(double value, Tensor tensor)
    {
        using var scalar = value.ToScalar();
        using var negated = tensor.neg();
        return negated.add(scalar);
    }

    /// <summary>max(<paramref name="tensor"/>, <paramref name="minimum"/>).</summary>
    public static Tensor ClampMin(Tensor tensor, double minimum)
    {
        using var scalar = minimum.ToScalar();
        return tensor.clamp_min(scalar);
    }

    /// <summary><paramref name="tensor"/> clamped to [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static Tensor Clamp(Tensor tensor, double minimum, double maximum)
    {
        using var low = minimum.ToScalar();
        using var high = maximum.ToScalar();
        return tensor.clamp(low, high);
    }

    /// <summary>The int64 range [<paramref name="start"/>, <paramref name="stop"/>) on <paramref name="device"/>.</summary>
    public static Tensor Range(long start, long stop, Device device)
    {
        using var from = start.ToScalar();
        using var to = stop.ToScalar();
        return arange(from, to, ScalarType.Int64, device);
    }

    /// <summary>LeakyReLU with slope 0.2 (the paper's activation).</summary>
    public static Tensor LeakyRelu(Tensor tensor, double negativeSlope = 0.2)
    {
        using var scalar = negativeSlope.ToScalar();
        return tensor.leaky_relu(scalar);
    }
}
