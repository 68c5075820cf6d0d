namespace TcWgan.Demo;

/// <summary>Fixed properties of the rendered media.</summary>
public static class DemoDefaults
{
    /// <summary>Frame width.</summary>
    public const int Width = 192;
    /// <summary>Frame height.</summary>
    public const int Height = 144;
    /// <summary>Video frame rate.</summary>
    public const int FrameRate = 30;
    /// <summary>Audio sample rate of the synthesised voices and the written WAV files.</summary>
    public const int SampleRate = 16000;
    /// <summary>Shortest clip.</summary>
    public const double MinSeconds = 2.2;
    /// <summary>Longest clip.</summary>
    public const double MaxSeconds = 3.0;
    /// <summary>First CREMA-D actor id.</summary>
    public const int FirstCremaActor = 1001;
}
