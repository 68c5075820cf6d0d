namespace TcWgan.Nn;

/// <summary>Temporal face encoder that turns a (10, 3, 28, 28) window into the 64-d face code.</summary>
public enum EncoderKind
{
    /// <summary>3-D convolutions and pooling over time and space (tc-wGAN 3dCNN).</summary>
    Conv3d,
    /// <summary>Per-frame 2-D CNN followed by an LSTM over the 10 frames (tc-wGAN LSTM).</summary>
    Lstm,
    /// <summary>Per-frame 2-D CNN, positional encoding, self-attention block, then an LSTM (tc-wGAN Transformer-LSTM).</summary>
    TransformerLstm,
    /// <summary>Only the middle frame (index 5) through the 2-D CNN: the wGAN-im2im baseline.</summary>
    StaticFrame,
}
