namespace TcWgan.Demo;

/// <summary>Gaussian and range draws from an explicit <see cref="Random"/>.</summary>
public static class RandomExtensions
{
    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double NextGaussian(this Random rng)
    {
        double u1 = 1.0 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>A uniform draw in [<paramref name="lo"/>, <paramref name="hi"/>).</summary>
    public static double Uniform(this Random rng, double lo, double hi) => lo + (hi - lo) * rng.NextDouble();
}
