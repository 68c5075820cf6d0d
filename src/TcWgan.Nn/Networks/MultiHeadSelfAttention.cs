namespace TcWgan.Nn;

/// <summary>Scaled dot-product self-attention with several heads over (B, T, E) sequences.</summary>
internal sealed class MultiHeadSelfAttention : nn.Module<Tensor, Tensor>
{
    private readonly Linear queryKeyValue;
    private readonly Linear output;
    private readonly int heads;
    private readonly int headSize;

    /// <summary><paramref name="embedding"/> must be divisible by <paramref name="heads"/>.</summary>
    public MultiHeadSelfAttention(int embedding, int heads) : base(nameof(MultiHeadSelfAttention))
    {
        if (heads < 1 || embedding % heads != 0)
            throw new ArgumentException($"Attention heads ({heads}) must divide the embedding size ({embedding}).", nameof(heads));
        this.heads = heads;
        headSize = embedding / heads;
        queryKeyValue = nn.Linear(embedding, 3 * embedding);
        output = nn.Linear(embedding, embedding);
        RegisterComponents();
    }

    public override Tensor forward(Tensor sequence)
    {
        long batch = sequence.shape[0], steps = sequence.shape[1];
        using var qkv = queryKeyValue.forward(sequence);                               // (B, T, 3E)
        using var split = qkv.view(batch, steps, 3, heads, headSize).permute(2, 0, 3, 1, 4); // (3, B, H, T, D)
        using var query = split[0];                                                    // (B, H, T, D)
        using var key = split[1];
        using var value = split[2];
        using var keyT = key.transpose(-2, -1);                                        // (B, H, D, T)
        using var products = matmul(query, keyT);                                      // (B, H, T, T)
        using var scores = ScalarMath.Mul(products, 1 / Math.Sqrt(headSize));          // (B, H, T, T)
        using var weights = scores.softmax(-1);                                        // (B, H, T, T)
        using var mixed = matmul(weights, value);                                      // (B, H, T, D)
        using var merged = mixed.transpose(1, 2).reshape(batch, steps, heads * headSize); // (B, T, E)
        return output.forward(merged);                                                 // (B, T, E)
    }
}
