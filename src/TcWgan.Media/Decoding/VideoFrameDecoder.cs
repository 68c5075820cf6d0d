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
    /// Throws <see cref="ClipException"/> (Unreadable, EmptyFile, WrongContainer, Truncated, NoVideoStream,
    /// DecodeFailed, TooLong, Damaged).
    /// </summary>
    public static IReadOnlyList<RgbFrame> DecodeMiddle(string path, int keepMiddleFrames, int maxWidth = 240,
        FFOptions? ffOptions = null) =>
        DecodeMiddle(path, MediaProbe.Probe(path, ffOptions), keepMiddleFrames, maxWidth, ffOptions);

    /// <summary>
    /// As <see cref="DecodeMiddle(string, int, int, FFOptions?)"/> with an existing probe result;
    /// <paramref name="limits"/> null = the default <see cref="DecodeLimits"/>.
    /// </summary>
    public static IReadOnlyList<RgbFrame> DecodeMiddle(string path, MediaInfo info, int keepMiddleFrames, int maxWidth,
        FFOptions? ffOptions = null, DecodeLimits? limits = null)
    {
        var plan = Plan(path, info, keepMiddleFrames, maxWidth, limits ?? new DecodeLimits());
        var options = ffOptions ?? new FFOptions();
        if (plan.SeekSeconds is { } seek)
        {
            var seeked = Decode(plan, options, seek, keepMiddleFrames);
            if (seeked.Count == keepMiddleFrames) return seeked;
        }
        return DecodeAllKeepMiddle(plan, options, keepMiddleFrames);
    }

    /// <summary>How one video is decoded: the analysis size and, when the frame count allows, where to seek.</summary>
    internal sealed record DecodePlan(string Path, int Width, int Height, double? SeekSeconds, DecodeLimits Limits);

    /// <summary>Checks the probe (video stream, frame size, duration limit) and works out size and seek point.</summary>
    internal static DecodePlan Plan(string path, MediaInfo info, int keepMiddleFrames, int maxWidth, DecodeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(keepMiddleFrames, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidth, 2);
        if (!info.HasVideo)
            throw new ClipException(path, SkipReason.NoVideoStream, $"no video stream (container '{info.Container}')");
        if (info.Width <= 0 || info.Height <= 0)
            throw new ClipException(path, SkipReason.DecodeFailed, $"video stream has no frame size ({info.Width}x{info.Height})");
        limits.CheckDuration(info);
        int width = Math.Min(maxWidth, info.Width);
        int height = Math.Max(1, (int)Math.Round((double)info.Height * width / info.Width));
        double? seek = null;
        int estimated = info.FrameCount;
        if (estimated > keepMiddleFrames && info.FrameRate > 0)
        {
            int first = (estimated - keepMiddleFrames) / 2;
            // Half a frame early so rounding never skips the wanted first frame.
            seek = (first - 0.5) / info.FrameRate; // ≤ 0 for the first frame: no -ss, only the frame limit
        }
        return new DecodePlan(path, width, height, seek, limits);
    }

    /// <summary>Input arguments of the video: one decoding thread (clips run in parallel instead), the seek, the file.</summary>
    internal static IEnumerable<string> InputArguments(DecodePlan plan, double seekSeconds) =>
    [
        "-threads", "1",
        .. seekSeconds > 0 ? new[] { "-ss", seekSeconds.ToString("0.######", CultureInfo.InvariantCulture) } : [],
        "-i", plan.Path,
    ];

    /// <summary>Output arguments that write the first video stream of input <paramref name="input"/> as rgb24 frames to stdout.</summary>
    internal static IEnumerable<string> OutputArguments(DecodePlan plan, int input, int maxFrames) =>
    [
        "-map", $"{input}:v:0", "-an", "-sn", "-dn",
        "-vf", $"scale={plan.Width}:{plan.Height}:flags=area", "-pix_fmt", "rgb24",
        .. maxFrames > 0 ? new[] { "-frames:v", maxFrames.ToString(CultureInfo.InvariantCulture) } : [],
        "-f", "rawvideo", "pipe:1",
    ];

    /// <summary>The whole clip decoded, then its middle frames (used when the seek point was wrong).</summary>
    internal static IReadOnlyList<RgbFrame> DecodeAllKeepMiddle(DecodePlan plan, FFOptions options, int keepMiddleFrames)
    {
        var all = Decode(plan, options, seekSeconds: 0, maxFrames: 0);
        if (all.Count <= keepMiddleFrames) return all;
        int start = (all.Count - keepMiddleFrames) / 2;
        return all.Skip(start).Take(keepMiddleFrames).ToArray();
    }

    private static List<RgbFrame> Decode(DecodePlan plan, FFOptions options, double seekSeconds, int maxFrames)
    {
        var result = FfmpegProcess.Run(
            ["-filter_threads", "1", .. InputArguments(plan, seekSeconds), .. OutputArguments(plan, 0, maxFrames)],
            options, maxFrames * RgbFrame.ByteLength(plan.Width, plan.Height));
        if (result.ExitCode != 0) throw FfmpegErrors.DecodeFailure("video", plan.Path, result, SkipReason.NoVideoStream);
        CheckDecoded(plan, result.StandardError);
        return Frames(plan, result.Bytes);
    }

    /// <summary>Throws for a truncated or damaged decode of <paramref name="what"/> that ffmpeg finished with exit 0.</summary>
    internal static void CheckDecoded(DecodePlan plan, string stderr, string what = "video")
    {
        if (FfmpegErrors.ReportsTruncation(stderr))
            throw new ClipException(plan.Path, SkipReason.Truncated, $"{what} stream is truncated: {FfmpegErrors.Tail(stderr)}");
        plan.Limits.CheckDamage(plan.Path, stderr, what);
    }

    /// <summary>Cuts ffmpeg's rgb24 output into frames of the plan's size.</summary>
    internal static List<RgbFrame> Frames(DecodePlan plan, byte[] bytes)
    {
        int frameBytes = RgbFrame.ByteLength(plan.Width, plan.Height);
        if (bytes.Length % frameBytes != 0)
            throw new ClipException(plan.Path, SkipReason.DecodeFailed,
                $"ffmpeg wrote {bytes.Length} bytes, not a whole number of {plan.Width}x{plan.Height} rgb24 frames");
        int count = bytes.Length / frameBytes;
        var frames = new List<RgbFrame>(count);
        for (int i = 0; i < count; i++)
            frames.Add(new RgbFrame(plan.Width, plan.Height, bytes.AsSpan(i * frameBytes, frameBytes).ToArray()));
        return frames;
    }
}
