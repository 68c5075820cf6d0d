using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>LSTM encoder: <see cref="FrameCnn"/> on each frame, an LSTM over the 10 steps, last hidden state (64).</summary>
internal sealed class LstmEncoder : TemporalEncoder
{
    private readonly FrameCnn frames;
    private readonly LSTM lstm;

    /// <summary>Builds the encoder.</summary>
    public LstmEncoder(double widthMultiplier, double dropout, Generator? dropoutGenerator)
        : base(nameof(LstmEncoder), dropout, dropoutGenerator)
    {
        frames = new FrameCnn(widthMultiplier);
        lstm = nn.LSTM(Shapes.FrameFeatures, Shapes.FaceCode, batchFirst: true);
        RegisterComponents();
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor windows)
    {
        long batch = windows.shape[0];
        using var flatFrames = FramesOf(windows);                                          // (B·10, 3, 28, 28)
        using var perFrame = frames.forward(flatFrames);                                    // (B·10, 128)
        using var sequence = perFrame.view(batch, Shapes.WindowFrames, Shapes.FrameFeatures); // (B, 10, 128)
        return LastHidden(lstm, sequence);                                                  // (B, 64)
    }

    /// <summary>The last hidden state of an LSTM run over (B, T, E): (B, hidden).</summary>
    internal static Tensor LastHidden(LSTM lstm, Tensor sequence)
    {
        var (outputs, hidden, cell) = lstm.forward(sequence); // (B, T, H), (1, B, H) ×2
        using (outputs) using (cell) using (hidden)
            return hidden[0].clone();                          // (B, H) at t = T
    }
}
