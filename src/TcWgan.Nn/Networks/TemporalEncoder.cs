namespace TcWgan.Nn;

/// <summary>
/// A temporal face encoder: <c>forward</c> maps (B, 10, 3, 28, 28) windows to (B, 64) face codes;
/// <see cref="EmotionLogits"/> is the 6-class FER head used only for pre-training (dropout, then a linear layer: the
/// only dropout of an encoder, after its last batch norm, so the codes behave alike in train and eval mode).
/// </summary>
internal abstract class TemporalEncoder : nn.Module<Tensor, Tensor>
{
    private readonly SeededDropout headDropout;
    private readonly Linear ferHead;

    /// <summary>Names the module and builds the FER head.</summary>
    protected TemporalEncoder(string name, double dropout, Generator? dropoutGenerator) : base(name)
    {
        headDropout = new SeededDropout(dropout, dropoutGenerator);
        ferHead = nn.Linear(Shapes.FaceCode, Emotions.Count);
        // A derived class's RegisterComponents does not see a base class's private fields: register them here.
        register_module(nameof(headDropout), headDropout);
        register_module(nameof(ferHead), ferHead);
    }

    /// <summary>FER head: (B, 64) codes → (B, 6) logits.</summary>
    public Tensor EmotionLogits(Tensor codes)
    {
        using var dropped = headDropout.forward(codes); // (B, 64)
        return ferHead.forward(dropped);                 // (B, 6)
    }

    /// <summary>Builds the encoder of <paramref name="kind"/>.</summary>
    public static TemporalEncoder Create(EncoderKind kind, double widthMultiplier, double dropout, int attentionHeads,
                                         Generator? dropoutGenerator) => kind switch
    {
        EncoderKind.Conv3d => new Conv3dEncoder(widthMultiplier, dropout, dropoutGenerator),
        EncoderKind.Lstm => new LstmEncoder(widthMultiplier, dropout, dropoutGenerator),
        EncoderKind.TransformerLstm => new TransformerLstmEncoder(widthMultiplier, dropout, attentionHeads, dropoutGenerator),
        EncoderKind.StaticFrame => new StaticFrameEncoder(widthMultiplier, dropout, dropoutGenerator),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown encoder kind."),
    };

    /// <summary>(B, 10, 3, 28, 28) windows → (B, 10, 128): <paramref name="frames"/> on every frame as its own sample.</summary>
    protected static Tensor FrameSequence(FrameCnn frames, Tensor windows)
    {
        long batch = windows.shape[0];
        using var flatFrames = windows.reshape(-1, Shapes.Channels, Shapes.FaceSize, Shapes.FaceSize); // (B·10, 3, 28, 28)
        using var perFrame = frames.forward(flatFrames);                                                // (B·10, 128)
        return perFrame.view(batch, Shapes.WindowFrames, Shapes.FrameFeatures);                         // (B, 10, 128)
    }

    /// <summary>The last hidden state of an LSTM run over (B, T, E): (B, hidden).</summary>
    protected static Tensor LastHidden(LSTM lstm, Tensor sequence)
    {
        var (outputs, hidden, cell) = lstm.forward(sequence); // (B, T, H), (1, B, H) ×2
        using (outputs) using (cell) using (hidden)
            return hidden[0].clone();                          // (B, H) at t = T
    }
}
