namespace TcWgan.Media;

/// <summary>
/// What a decode refuses: clips longer than <see cref="MaxDurationSeconds"/> (<see cref="SkipReason.TooLong"/>) and
/// decodes during which ffmpeg reports more than <see cref="MaxDecodeErrors"/> errors
/// (<see cref="SkipReason.Damaged"/>).
/// </summary>
/// <remarks>
/// Damage is counted from ffmpeg's own reports: at <c>-loglevel error</c> every line ffmpeg writes is one error
/// ("Invalid NAL unit size", "Error while decoding stream #0:1", "Packet mismatch" …), and "Last message repeated N
/// times" counts N. A clean clip gives none (every real CREMA-D and RAVDESS sample); a single corrupt packet gives
/// one to four; a clip with a third of its bytes overwritten in the middle gives 28 (CREMA-D flv, the demuxer skips
/// the damaged chunks and loses 0.8 s of audio) to over 100 (RAVDESS mp4: 30 broken video frames and 50 broken AAC
/// frames concealed as grey blocks and gaps). 10 separates the two with room on both sides: a clip with 1–10 errors
/// is still used and its count is reported as a warning.
/// </remarks>
public sealed record DecodeLimits
{
    /// <summary>Default of <see cref="MaxDurationSeconds"/>: far above any corpus clip (CREMA-D and RAVDESS takes last 1–5 s).</summary>
    public const double DefaultMaxDurationSeconds = 60;

    /// <summary>Default of <see cref="MaxDecodeErrors"/> (see the remarks).</summary>
    public const int DefaultMaxDecodeErrors = 10;

    /// <summary>
    /// Longest clip accepted, in seconds. A video's container duration (from the probe) is checked before anything
    /// is decoded; a separate audio file is decoded at most this long plus one second and refused when it runs on,
    /// so a two-hour recording never turns into gigabytes of samples.
    /// </summary>
    public double MaxDurationSeconds { get; init; } = DefaultMaxDurationSeconds;

    /// <summary>Most decode errors ffmpeg may report for a clip that is still used; more make it <see cref="SkipReason.Damaged"/>.</summary>
    public int MaxDecodeErrors { get; init; } = DefaultMaxDecodeErrors;

    /// <summary>Every problem with these settings, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!(MaxDurationSeconds > 0) || double.IsInfinity(MaxDurationSeconds))
            errors.Add($"MaxDurationSeconds must be a positive number of seconds, got {MaxDurationSeconds}.");
        if (MaxDecodeErrors < 0) errors.Add($"MaxDecodeErrors must be ≥ 0, got {MaxDecodeErrors}.");
        return errors;
    }

    /// <summary>Throws <see cref="ClipException"/> (<see cref="SkipReason.TooLong"/>) when the probed clip is longer than allowed.</summary>
    public void CheckDuration(MediaInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (info.Duration.TotalSeconds > MaxDurationSeconds)
            throw new ClipException(info.Path, SkipReason.TooLong,
                $"lasts {Seconds(info.Duration.TotalSeconds)} s, longer than the {Seconds(MaxDurationSeconds)} s limit " +
                "(DecodeLimits.MaxDurationSeconds); nothing was decoded");
    }

    /// <summary>Throws <see cref="ClipException"/> (<see cref="SkipReason.TooLong"/>) when <paramref name="samples"/> at 16 kHz run past the limit.</summary>
    internal void CheckDecodedLength(string path, int samples)
    {
        if (samples > MaxDurationSeconds * Shapes.SampleRate)
            throw new ClipException(path, SkipReason.TooLong,
                $"its audio runs past the {Seconds(MaxDurationSeconds)} s limit (DecodeLimits.MaxDurationSeconds); decoding stopped there");
    }

    /// <summary>The <c>-t</c> cap that lets <see cref="CheckDecodedLength"/> see an overlong audio file without decoding all of it.</summary>
    internal string AudioCapSeconds => Seconds(MaxDurationSeconds + 1);

    /// <summary>Throws <see cref="ClipException"/> (<see cref="SkipReason.Damaged"/>) when ffmpeg's stderr counts more errors than allowed.</summary>
    internal void CheckDamage(string path, string stderr, string what)
    {
        int errors = FfmpegErrors.CountErrors(stderr);
        if (errors > MaxDecodeErrors)
            throw new ClipException(path, SkipReason.Damaged,
                $"ffmpeg reported {errors} errors while decoding the {what} (more than DecodeLimits.MaxDecodeErrors = {MaxDecodeErrors}), " +
                $"last: {FfmpegErrors.Tail(stderr, 300).ReplaceLineEndings(" | ")}");
    }

    private static string Seconds(double s) => s.ToString("0.###", CultureInfo.InvariantCulture);
}
