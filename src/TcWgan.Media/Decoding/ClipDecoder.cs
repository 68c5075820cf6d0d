namespace TcWgan.Media;

/// <summary>
/// Decodes a clip's two streams in one ffmpeg process: the middle video frames (as <see cref="VideoFrameDecoder"/>)
/// to stdout and the audio source (as <see cref="AudioDecoder"/>) to a temporary file. Every ffmpeg start costs
/// about 60 ms of CPU just to load its ~200 shared libraries, so one process instead of two is a tenth of what a
/// 720p clip costs in all.
/// </summary>
public static class ClipDecoder
{
    /// <summary>
    /// Decodes <paramref name="videoPath"/> (probed as <paramref name="videoInfo"/>) and the audio of
    /// <paramref name="audioPath"/> (null = the video's own audio). Input 0 is the video, seeked to the middle frames;
    /// input 1 is the audio source, read from its start. Throws <see cref="ClipException"/> naming the file at
    /// fault: the reasons of <see cref="VideoFrameDecoder.DecodeMiddle(string, MediaInfo, int, int, FFOptions?, DecodeLimits?)"/>
    /// and <see cref="AudioDecoder.DecodeMono16k"/>, including TooLong (checked from the probe before anything is
    /// decoded) and Damaged.
    /// </summary>
    public static DecodedClip Decode(string videoPath, string? audioPath, MediaInfo videoInfo, int keepMiddleFrames,
        int maxWidth, DecodeLimits? limits = null, FFOptions? ffOptions = null)
    {
        ArgumentNullException.ThrowIfNull(videoPath);
        limits ??= new DecodeLimits();
        var options = ffOptions ?? new FFOptions();
        var plan = VideoFrameDecoder.Plan(videoPath, videoInfo, keepMiddleFrames, maxWidth, limits);
        string audioSource = audioPath ?? videoPath;
        if (audioPath is not null) FileChecks.RequireReadableNonEmpty(audioPath);

        string pcmFile = Path.Combine(Path.GetTempPath(), $"tcwgan-audio-{Guid.NewGuid():N}.s16le");
        try
        {
            double seek = plan.SeekSeconds ?? 0;
            int maxFrames = plan.SeekSeconds is null ? 0 : keepMiddleFrames;
            string[] arguments =
            [
                "-filter_threads", "1",
                .. VideoFrameDecoder.InputArguments(plan, seek),
                "-threads", "1", "-i", audioSource,
                .. VideoFrameDecoder.OutputArguments(plan, 0, maxFrames),
                .. AudioDecoder.OutputArguments(1, limits), "-y", pcmFile,
            ];
            var result = FfmpegProcess.Run(arguments, options, maxFrames * RgbFrame.ByteLength(plan.Width, plan.Height));
            if (result.ExitCode != 0) throw Failure(result, videoPath, audioSource);
            var (videoErrors, audioErrors) = SplitByInput(result.StandardError, sameFile: audioPath is null);
            VideoFrameDecoder.CheckDecoded(plan, videoErrors, audioPath is null ? "video and its audio" : "video");
            float[] audio = AudioDecoder.ToSamples(audioSource, ReadAll(pcmFile), audioErrors, limits);
            IReadOnlyList<RgbFrame> frames = VideoFrameDecoder.Frames(plan, result.Bytes);
            if (plan.SeekSeconds is not null && frames.Count != keepMiddleFrames)
                frames = VideoFrameDecoder.DecodeAllKeepMiddle(plan, options, keepMiddleFrames); // frame count was an estimate
            int errors = FfmpegErrors.CountErrors(result.StandardError);
            return new DecodedClip(videoInfo, frames, audio, errors,
                errors == 0 ? "" : FfmpegErrors.Tail(result.StandardError, 300).ReplaceLineEndings(" | "));
        }
        finally
        {
            AtomicFile.TryDelete(pcmFile);
        }
    }

    /// <summary>The error of a run that failed: which file, which reason.</summary>
    private static ClipException Failure(FfmpegProcess.Result result, string videoPath, string audioSource)
    {
        string stderr = result.StandardError;
        bool audioAtFault = stderr.Contains("Stream map '1:", StringComparison.Ordinal)
                            || (audioSource != videoPath && stderr.Contains(audioSource + ":", StringComparison.Ordinal)
                                && !stderr.Contains(videoPath + ":", StringComparison.Ordinal));
        return audioAtFault
            ? FfmpegErrors.DecodeFailure("audio", audioSource, result, SkipReason.NoAudioStream)
            : FfmpegErrors.DecodeFailure("video", videoPath, result, SkipReason.NoVideoStream);
    }

    /// <summary>
    /// Splits stderr into the video's and the audio's lines: "stream #1:…" lines and the lines of audio decoders
    /// belong to input 1; when both inputs are the same file every line counts for both (the file is to blame).
    /// </summary>
    private static (string Video, string Audio) SplitByInput(string stderr, bool sameFile)
    {
        if (sameFile || stderr.Length == 0) return (stderr, stderr);
        var video = new List<string>();
        var audio = new List<string>();
        List<string>? last = null;
        foreach (string line in stderr.Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            var target = line.TrimStart().StartsWith("Last message repeated", StringComparison.Ordinal) && last is not null
                ? last
                : IsAudioLine(line) ? audio : video;
            target.Add(line);
            last = target;
        }
        return (string.Join('\n', video), string.Join('\n', audio));
    }

    private static readonly string[] AudioDecoders = ["[aac", "[mp3", "[pcm_", "[opus", "[vorbis", "[flac", "[ac3", "[adpcm", "[nellymoser", "[mp2"];

    private static bool IsAudioLine(string line) =>
        line.Contains("stream #1:", StringComparison.OrdinalIgnoreCase) || line.Contains("#1:0", StringComparison.Ordinal)
        || AudioDecoders.Any(d => line.Contains(d, StringComparison.OrdinalIgnoreCase));

    private static byte[] ReadAll(string path) => File.Exists(path) ? File.ReadAllBytes(path) : [];
}

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
