namespace TcWgan.Nn;

/// <summary>
/// Transformer-LSTM encoder: <see cref="FrameCnn"/> (128-d per frame) + fixed positional encoding → multi-head
/// self-attention (residual + layer norm) → feed-forward (residual + layer norm) → LSTM → last hidden state (64).
/// Layer norm uses each sample's own statistics, so the feed-forward's dropout is safe in eval mode.
/// </summary>
internal sealed class TransformerLstmEncoder : TemporalEncoder
{
    private readonly FrameCnn frames;
    private readonly PositionalEncoding positions;
    private readonly MultiHeadSelfAttention attention;
    private readonly LayerNorm attentionNorm;
    private readonly Sequential feedForward;
    private readonly LayerNorm feedForwardNorm;
    private readonly LSTM lstm;

    public TransformerLstmEncoder(double widthMultiplier, double dropout, int attentionHeads, Generator? dropoutGenerator)
        : base(nameof(TransformerLstmEncoder), dropout, dropoutGenerator)
    {
        const int e = Shapes.FrameFeatures;
        long hidden = Width.Scale(256, widthMultiplier);
        frames = new FrameCnn(widthMultiplier);
        positions = new PositionalEncoding(Shapes.WindowFrames, e);
        attention = new MultiHeadSelfAttention(e, attentionHeads);
        attentionNorm = nn.LayerNorm(e);
        feedForward = nn.Sequential(nn.Linear(e, hidden), new LeakyRelu(0.2), new SeededDropout(dropout, dropoutGenerator), nn.Linear(hidden, e));
        feedForwardNorm = nn.LayerNorm(e);
        lstm = nn.LSTM(e, Shapes.FaceCode, batchFirst: true);
        RegisterComponents();
    }

    public override Tensor forward(Tensor windows)
    {
        using var sequence = FrameSequence(frames, windows);                              // (B, 10, 128)
        using var placed = positions.forward(sequence);                                   // (B, 10, 128)
        using var attended = attention.forward(placed);                                   // (B, 10, 128)
        using var sum1 = ScalarMath.Plus(placed, attended);
        using var normed1 = attentionNorm.forward(sum1);                                  // (B, 10, 128)
        using var fed = feedForward.forward(normed1);                                     // (B, 10, 128)
        using var sum2 = ScalarMath.Plus(normed1, fed);
        using var normed2 = feedForwardNorm.forward(sum2);                                // (B, 10, 128)
        return LastHidden(lstm, normed2);                                                 // (B, 64)
    }
}
