using System.Globalization;
using FFMpegCore;

namespace TcWgan.Media;

/// <summary>
/// Decodes only the middle frames of a video, scaled down inside ffmpeg, as rgb24 through a pipe.
/// </summary>
public static class VideoFrameDecoder
{
    /// <summary>
    /// The middle <paramref name="keepMiddleFrames"/> frames of the first video stream (all frames when the clip is
    /// shorter), scaled inside ffmpeg to <paramref name="maxWidth"/> pixels wide (aspect kept, never upscaled).
    /// ffmpeg seeks to the first wanted frame (input <c>-ss</c>, frame-accurate) and stops after the last, so a long
    /// clip costs only the frames kept. When the container's frame count is an overestimate the clip is decoded in
    /// full and the middle taken.
    /// Throws <see cref="ClipException"/> (Unreadable, EmptyFile, WrongContainer, Truncated, NoVideoStream, DecodeFailed).
    /// </summary>
    public static IReadOnlyList<RgbFrame> DecodeMiddle(string path, int keepMiddleFrames, int maxWidth = 240,
        FFOptions? ffOptions = null) =>
        DecodeMiddle(path, MediaProbe.Probe(path, ffOptions), keepMiddleFrames, maxWidth, ffOptions);

    /// <summary>As <see cref="DecodeMiddle(string, int, int, FFOptions?)"/> with an existing probe result.</summary>
    public static IReadOnlyList<RgbFrame> DecodeMiddle(string path, MediaInfo info, int keepMiddleFrames, int maxWidth,
        FFOptions? ffOptions = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentOutOfRangeException.ThrowIfLessThan(keepMiddleFrames, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidth, 2);
        if (!info.HasVideo)
            throw new ClipException(path, SkipReason.NoVideoStream, $"no video stream (container '{info.Container}')");
        if (info.Width <= 0 || info.Height <= 0)
            throw new ClipException(path, SkipReason.DecodeFailed, $"video stream has no frame size ({info.Width}x{info.Height})");
        var options = ffOptions ?? new FFOptions();
        int width = Math.Min(maxWidth, info.Width);
        int height = Math.Max(1, (int)Math.Round((double)info.Height * width / info.Width));

        int estimated = info.FrameCount;
        if (estimated > keepMiddleFrames && info.FrameRate > 0)
        {
            int first = (estimated - keepMiddleFrames) / 2;
            // Half a frame early so rounding never skips the wanted first frame.
            double seekSeconds = (first - 0.5) / info.FrameRate;
            var seeked = Decode(path, options, width, height, seekSeconds, keepMiddleFrames);
            if (seeked.Count == keepMiddleFrames) return seeked;
        }
        var all = Decode(path, options, width, height, seekSeconds: 0, maxFrames: 0);
        if (all.Count <= keepMiddleFrames) return all;
        int start = (all.Count - keepMiddleFrames) / 2;
        return all.Skip(start).Take(keepMiddleFrames).ToArray();
    }

    private static List<RgbFrame> Decode(string path, FFOptions options, int width, int height, double seekSeconds,
        int maxFrames)
    {
        string input = seekSeconds > 0 ? "-ss " + seekSeconds.ToString("0.######", CultureInfo.InvariantCulture) : "";
        string output = $"-map 0:v:0 -an -sn -dn -vf scale={width}:{height}:flags=area -pix_fmt rgb24"
                        + (maxFrames > 0 ? $" -frames:v {maxFrames}" : "");
        var result = FfmpegPipe.Run(path, "rawvideo", input, output, options);
        if (result.ExitCode != 0)
        {
            var reason = FfmpegErrors.Classify(result.StandardError, path, missingStream: SkipReason.NoVideoStream);
            throw new ClipException(path, reason,
                $"video decode failed ({reason}), ffmpeg exit {result.ExitCode}: {FfmpegErrors.Tail(result.StandardError)}");
        }
        if (FfmpegErrors.ReportsTruncation(result.StandardError))
            throw new ClipException(path, SkipReason.Truncated,
                $"video stream is truncated: {FfmpegErrors.Tail(result.StandardError)}");
        int frameBytes = RgbFrame.ByteLength(width, height);
        if (result.Bytes.Length % frameBytes != 0)
            throw new ClipException(path, SkipReason.DecodeFailed,
                $"ffmpeg wrote {result.Bytes.Length} bytes, not a whole number of {width}x{height} rgb24 frames");
        int count = result.Bytes.Length / frameBytes;
        var frames = new List<RgbFrame>(count);
        for (int i = 0; i < count; i++)
            frames.Add(new RgbFrame(width, height, result.Bytes.AsSpan(i * frameBytes, frameBytes).ToArray()));
        return frames;
    }
}
