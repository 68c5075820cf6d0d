namespace TcWgan.Media;

/// <summary>Maps ffmpeg/ffprobe error text onto a <see cref="SkipReason"/>.</summary>
internal static class FfmpegErrors
{
    /// <summary>What to do when ffmpeg or ffprobe cannot be started, for error messages.</summary>
    public const string InstallHint = "Install ffmpeg (Debian: apt-get install ffmpeg) or set FFOptions.BinaryFolder.";

    /// <summary>
    /// Classifies ffmpeg's or ffprobe's stderr. <paramref name="missingStream"/> is the reason to use when the
    /// requested stream does not exist (ffmpeg: "matches no streams").
    /// </summary>
    public static SkipReason Classify(string stderr, SkipReason missingStream = SkipReason.DecodeFailed)
    {
        if (Has(stderr, "matches no streams") || Has(stderr, "does not contain any stream"))
            return missingStream;
        if (Has(stderr, "moov atom not found") || Has(stderr, "partial file") || Has(stderr, "truncat")
            || Has(stderr, "End of file") || Has(stderr, "Packet corrupt") || Has(stderr, "Invalid NAL unit size"))
            return SkipReason.Truncated;
        if (Has(stderr, "Invalid data found when processing input") || Has(stderr, "could not find codec parameters")
            || Has(stderr, "Unknown input format") || Has(stderr, "Failed to read frame size"))
            return SkipReason.WrongContainer;
        if (Has(stderr, "Permission denied"))
            return SkipReason.Unreadable;
        return SkipReason.DecodeFailed;
    }

    /// <summary>
    /// As <see cref="Classify(string, SkipReason)"/>, but a "truncated" verdict on a file that does not start like
    /// any media container becomes <see cref="SkipReason.WrongContainer"/>.
    /// </summary>
    public static SkipReason Classify(string stderr, string path, SkipReason missingStream = SkipReason.DecodeFailed)
    {
        var reason = Classify(stderr, missingStream);
        return reason == SkipReason.Truncated && !ContainerSniffer.LooksLikeMedia(path) ? SkipReason.WrongContainer : reason;
    }

    /// <summary>
    /// The error of an ffmpeg run that exited non-zero while decoding <paramref name="what"/> ("video", "audio") of
    /// <paramref name="path"/>: the reason from <see cref="Classify(string, string, SkipReason)"/>, the exit code and
    /// stderr's tail.
    /// </summary>
    public static ClipException DecodeFailure(string what, string path, FfmpegProcess.Result result, SkipReason missingStream)
    {
        var reason = Classify(result.StandardError, path, missingStream);
        return new ClipException(path, reason,
            $"{what} decode failed ({reason}), ffmpeg exit {result.ExitCode}: {Tail(result.StandardError)}");
    }

    /// <summary>True when stderr reports damage even though the tool exited 0 (ffmpeg decodes what it can).</summary>
    public static bool ReportsTruncation(string stderr) =>
        Has(stderr, "partial file") || Has(stderr, "moov atom not found") || Has(stderr, "Packet corrupt");

    /// <summary>
    /// The number of errors in stderr written at <c>-loglevel error</c>: one per line, except that "Last message
    /// repeated N times" counts N (ffmpeg folds identical messages).
    /// </summary>
    public static int CountErrors(string stderr)
    {
        int count = 0;
        foreach (var raw in stderr.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            const string repeated = "Last message repeated ";
            if (line.StartsWith(repeated, StringComparison.Ordinal))
            {
                var rest = line[repeated.Length..];
                int space = rest.IndexOf(' ');
                if (space > 0 && int.TryParse(rest[..space], System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture, out int times))
                {
                    count += times;
                    continue;
                }
            }
            count++;
        }
        return count;
    }

    /// <summary>The last few lines of stderr, for messages.</summary>
    public static string Tail(string stderr, int maxChars = 600)
    {
        string s = stderr.Trim();
        return s.Length <= maxChars ? s : "…" + s[^maxChars..];
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
