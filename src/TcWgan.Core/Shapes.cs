namespace TcWgan;

/// <summary>
/// Tensor shapes fixed by the paper (section III). Every project reads them from here.
/// Layouts are channel-first (CHW), flattened row-major into float arrays.
/// </summary>
public static class Shapes
{
    /// <summary>Face crop side: 28×28 RGB.</summary>
    public const int FaceSize = 28;
    /// <summary>Colour channels of faces and spectrogram images.</summary>
    public const int Channels = 3;
    /// <summary>Frames per face window.</summary>
    public const int WindowFrames = 10;
    /// <summary>Slide between consecutive windows (overlap of 5 frames).</summary>
    public const int WindowStride = 5;
    /// <summary>Mel bands = spectrogram image height.</summary>
    public const int MelBands = 28;
    /// <summary>Spectrogram frames = image width.</summary>
    public const int SpecFrames = 112;
    /// <summary>Per-frame 2-D CNN feature size (d1).</summary>
    public const int FrameFeatures = 128;
    /// <summary>Temporal face code size fed to the generator.</summary>
    public const int FaceCode = 64;
    /// <summary>Generator noise size.</summary>
    public const int Noise = 32;
    /// <summary>Audio sample rate after decoding.</summary>
    public const int SampleRate = 16000;

    /// <summary>Floats in one face frame: 3·28·28.</summary>
    public const int FrameLength = Channels * FaceSize * FaceSize;
    /// <summary>Floats in one face window: 10·3·28·28.</summary>
    public const int WindowLength = WindowFrames * FrameLength;
    /// <summary>Floats in one spectrogram image: 3·28·112.</summary>
    public const int SpectrogramLength = Channels * MelBands * SpecFrames;
}
