namespace TcWgan.Nn;

/// <summary>LSTM encoder: <see cref="FrameCnn"/> on each frame, an LSTM over the 10 steps, last hidden state (64).</summary>
internal sealed class LstmEncoder : TemporalEncoder
{
    private readonly FrameCnn frames;
    private readonly LSTM lstm;

    public LstmEncoder(double widthMultiplier, double dropout, Generator? dropoutGenerator)
        : base(nameof(LstmEncoder), dropout, dropoutGenerator)
    {
        frames = new FrameCnn(widthMultiplier);
        lstm = nn.LSTM(Shapes.FrameFeatures, Shapes.FaceCode, batchFirst: true);
        RegisterComponents();
    }

    public override Tensor forward(Tensor windows)
    {
        using var sequence = FrameSequence(frames, windows); // (B, 10, 128)
        return LastHidden(lstm, sequence);                    // (B, 64)
    }
}
