namespace TcWgan.Nn;

/// <summary>Spectrogram emotion classifier topology (the Q network and its larger variants).</summary>
public enum ClassifierKind
{
    /// <summary>The paper's Q: 6 convolution layers, ≈1.4 M parameters.</summary>
    Q,
    /// <summary>16 weight layers (13 convolutions, 3 dense) at half VGG width, ≈7.5 M parameters.</summary>
    Q16,
    /// <summary>VGG16 convolution widths (64…512) with small dense layers for 28×112 inputs.</summary>
    Vgg16,
}
