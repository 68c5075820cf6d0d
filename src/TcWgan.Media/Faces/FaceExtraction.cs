namespace TcWgan.Media;

/// <summary>Everything <see cref="FaceExtractor.Extract(string, DecodeLimits?)"/> produced for one clip.</summary>
/// <param name="Frames">Face crops, each (3, 28, 28) CHW floats in [0, 1].</param>
/// <param name="Boxes">The box each crop was cut from (relative coordinates, after <see cref="FaceOptions.BoxScale"/>).</param>
/// <param name="SampledFrames">How many frames the locator ran on.</param>
/// <param name="FramesWithFace">How many of those had a face.</param>
/// <param name="Info">The probe result of the video.</param>
public sealed record FaceExtraction(
    float[][] Frames,
    IReadOnlyList<RelativeBox> Boxes,
    int SampledFrames,
    int FramesWithFace,
    MediaInfo Info);
