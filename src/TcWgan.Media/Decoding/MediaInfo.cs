namespace TcWgan.Media;

/// <summary>What <see cref="MediaProbe"/> found in a media file.</summary>
/// <param name="Path">The probed file.</param>
/// <param name="Container">ffprobe's container (format) name, e.g. <c>flv</c> or <c>mov,mp4,m4a,3gp,3g2,mj2</c>.</param>
/// <param name="HasVideo">True when the file holds at least one video stream.</param>
/// <param name="HasAudio">True when the file holds at least one audio stream.</param>
/// <param name="Duration">Container duration (longest stream).</param>
/// <param name="FrameRate">Average frame rate of the first video stream (frames/s); 0 without video.</param>
/// <param name="Width">Displayed width of the first video stream in pixels (rotation applied); 0 without video.</param>
/// <param name="Height">Displayed height of the first video stream in pixels (rotation applied); 0 without video.</param>
/// <param name="FrameCount">
/// Video frame count: the stream's <c>nb_frames</c> when the container records it, otherwise
/// round(video duration · frame rate) — an estimate; 0 without video.
/// </param>
/// <param name="AudioSampleRate">Sample rate of the first audio stream in Hz; 0 without audio.</param>
/// <param name="AudioChannels">Channel count of the first audio stream; 0 without audio.</param>
public sealed record MediaInfo(
    string Path,
    string Container,
    bool HasVideo,
    bool HasAudio,
    TimeSpan Duration,
    double FrameRate,
    int Width,
    int Height,
    int FrameCount,
    int AudioSampleRate,
    int AudioChannels);
