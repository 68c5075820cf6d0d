using TorchSharp;
using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>
/// A temporal face encoder: <c>forward</c> maps (B, 10, 3, 28, 28) windows to (B, 64) face codes; <see cref="EmotionLogits"/>
/// is the 6-class FER head used only for pre-training.
/// </summary>
public abstract class TemporalEncoder : nn.Module<Tensor, Tensor>
{
    /// <summary>Names the module.</summary>
    protected TemporalEncoder(string name) : base(name) { }

    /// <summary>FER head: (B, 64) codes → (B, 6) logits.</summary>
    public abstract Tensor EmotionLogits(Tensor codes);

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

    /// <summary>(B, 10, 3, 28, 28) → (B·10, 3, 28, 28): every frame as its own sample.</summary>
    protected static Tensor FramesOf(Tensor windows) =>
        windows.reshape(-1, Shapes.Channels, Shapes.FaceSize, Shapes.FaceSize);
}
