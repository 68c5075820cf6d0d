namespace TcWgan.Demo;

/// <summary>One written clip with its intended labels; paths are absolute.</summary>
/// <param name="Id">Clip name (file name without extension).</param>
/// <param name="VideoPath">Video file.</param>
/// <param name="AudioPath">Separate WAV file, or null.</param>
/// <param name="Emotion">Intended emotion.</param>
/// <param name="Speaker">Speaker id as written in the name ("1001", "01").</param>
/// <param name="Sentence">Sentence or statement code.</param>
/// <param name="Intensity">Intended intensity.</param>
/// <param name="IntensityCode">Intensity as written in the name (LO/MD/HI/XX or 01/02).</param>
/// <param name="Sex">Speaker's sex.</param>
/// <param name="ExpressionScale">Deviation from neutral used for voice and face.</param>
/// <param name="DurationSeconds">Clip length.</param>
public sealed record DemoClip(
    string Id,
    string VideoPath,
    string? AudioPath,
    Emotion Emotion,
    string Speaker,
    string Sentence,
    DemoIntensity Intensity,
    string IntensityCode,
    Sex Sex,
    double ExpressionScale,
    double DurationSeconds);
