namespace TcWgan.Nn;

/// <summary>
/// Fixed sinusoidal positional encoding (Vaswani et al.): PE[t, 2i] = sin(t / 10000^(2i/E)),
/// PE[t, 2i+1] = cos(t / 10000^(2i/E)). Not trainable; added to (B, T, E) inputs.
/// </summary>
internal sealed class PositionalEncoding : nn.Module<Tensor, Tensor>
{
    private readonly Tensor table;

    /// <summary>Table for <paramref name="steps"/> positions of <paramref name="embedding"/> (even) features.</summary>
    public PositionalEncoding(int steps, int embedding) : base(nameof(PositionalEncoding))
    {
        table = tensor(Values(steps, embedding), [steps, embedding]); // (T, E)
        RegisterComponents();
    }

    /// <summary>The encoding values, row-major (T, E).</summary>
    public static float[] Values(int steps, int embedding)
    {
        var values = new float[steps * embedding];
        for (int t = 0; t < steps; t++)
            for (int i = 0; i < embedding; i += 2)
            {
                double angle = t / Math.Pow(10000, (double)i / embedding);
                values[t * embedding + i] = (float)Math.Sin(angle);
                if (i + 1 < embedding) values[t * embedding + i + 1] = (float)Math.Cos(angle);
            }
        return values;
    }

    public override Tensor forward(Tensor sequence) => ScalarMath.Plus(sequence, table); // (B, T, E) + (T, E)
}
