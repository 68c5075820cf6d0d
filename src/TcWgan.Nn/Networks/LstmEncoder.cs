using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>LSTM encoder: <see cref="FrameCnn"/> on each frame, an LSTM over the 10 steps, last hidden state (64).</summary>
public sealed class LstmEncoder : TemporalEncoder
{
    private readonly FrameCnn frames;
    private readonly LSTM lstm;
    private readonly Linear ferHead;

    /// <summary>Builds the encoder.</summary>
    public LstmEncoder(double widthMultiplier, double dropout, Generator? dropoutGenerator) : base(nameof(LstmEncoder))
    {
        frames = new FrameCnn(widthMultiplier, dropout, dropoutGenerator);
        lstm = nn.LSTM(Shapes.FrameFeatures, Shapes.FaceCode, batchFirst: true);
        ferHead = nn.Linear(Shapes.FaceCode, Emotions.Count);
        RegisterComponents();
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor windows)
    {
        long batch = windows.shape[0];
        using var flatFrames = FramesOf(windows);                                   // (B·10, 3, 28, 28)
        using var perFrame = frames.forward(flatFrames);                             // (B·10, 128)
        using var sequence = perFrame.view(batch, Shapes.WindowFrames, Shapes.FrameFeatures); // (B, 10, 128)
        var (outputs, hidden, cell) = lstm.forward(sequence);                        // (B, 10, 64), (1, B, 64) ×2
        using (outputs) using (cell) using (hidden)
            return hidden[0].clone();                                                 // (B, 64) at t = 10
    }

    /// <inheritdoc />
    public override Tensor EmotionLogits(Tensor codes) => ferHead.forward(codes); // (B, 6)
}
