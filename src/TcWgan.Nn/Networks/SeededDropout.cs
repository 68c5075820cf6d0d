namespace TcWgan.Nn;

/// <summary>
/// Inverted dropout whose mask comes from a torch generator owned by the trainer (reseeded per step), so training
/// is replayable without touching libtorch's global generator. Without a generator it falls back to
/// <c>functional.dropout</c>; in eval mode it is the identity.
/// </summary>
internal sealed class SeededDropout : nn.Module<Tensor, Tensor>
{
    private readonly double rate;
    private readonly Generator? generator;

    /// <summary>Dropout with drop probability <paramref name="rate"/>, masks drawn from <paramref name="generator"/>.</summary>
    public SeededDropout(double rate, Generator? generator) : base(nameof(SeededDropout))
    {
        if (rate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(rate), rate, "Dropout rate must be in [0, 1).");
        this.rate = rate;
        this.generator = generator;
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (!training || rate == 0) return input.alias();
        if (generator is null) return nn.functional.dropout(input, rate, training: true);
        // u < 1 − rate with u ~ U[0, 1): libtorch's bernoulli_ draws one element at a time (G's (32, 8, 28, 112)
        // mask: 8.3 ms against 4.0 ms this way, both with the multiplication).
        using var mask = rand(input.shape, input.dtype, input.device, generator: generator);
        using var keep = (1 - rate).ToScalar();
        mask.lt_(keep);                              // 1 with probability 1 − rate, same shape as input
        using var scale = (1 / (1 - rate)).ToScalar();
        mask.mul_(scale);                            // inverted dropout keeps the expectation
        return input.mul(mask);
    }
}
