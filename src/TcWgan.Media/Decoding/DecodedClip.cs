namespace TcWgan.Media;

/// <summary>What <see cref="ClipDecoder.Decode"/> produced for one clip.</summary>
/// <param name="Info">The video's probe result.</param>
/// <param name="Frames">The middle video frames at the analysis size (rgb24).</param>
/// <param name="Audio">The audio source as 16 kHz mono samples in [−1, 1).</param>
/// <param name="DecodeErrors">Errors ffmpeg reported while decoding (at most <see cref="DecodeLimits.MaxDecodeErrors"/>; more throw).</param>
/// <param name="FirstDecodeErrors">The first lines of those reports, for a warning; empty when there were none.</param>
public sealed record DecodedClip(
    MediaInfo Info,
    IReadOnlyList<RgbFrame> Frames,
    float[] Audio,
    int DecodeErrors,
    string FirstDecodeErrors);
