namespace TcWgan.Media;

/// <summary>Decodes the first audio stream of any file ffmpeg reads (flv/mp3, mp4/aac, wav …) to 16 kHz mono.</summary>
public static class AudioDecoder
{
    /// <summary>
    /// Decodes the first audio stream of <paramref name="path"/> to mono (channels averaged) at
    /// <see cref="Shapes.SampleRate"/> Hz. ffmpeg resamples and writes signed 16-bit little-endian PCM to a pipe;
    /// samples are scaled by 1/32768 into [−1, 1).
    /// Throws <see cref="ClipException"/>: Unreadable, EmptyFile, WrongContainer, NoAudioStream, Truncated,
    /// DecodeFailed, TooLong (runs past <see cref="DecodeLimits.MaxDurationSeconds"/>; decoding stops there) or
    /// Damaged (more than <see cref="DecodeLimits.MaxDecodeErrors"/> errors), with ffmpeg's stderr in the message.
    /// </summary>
    /// <param name="path">Media file.</param>
    /// <param name="ffOptions">Where ffmpeg lives; null = a default <see cref="FFOptions"/> (binaries on PATH).</param>
    /// <param name="limits">Length and damage limits; null = the default <see cref="DecodeLimits"/>.</param>
    public static float[] DecodeMono16k(string path, FFOptions? ffOptions = null, DecodeLimits? limits = null)
    {
        FileChecks.RequireReadableNonEmpty(path);
        limits ??= new DecodeLimits();
        var result = FfmpegProcess.Run(["-threads", "1", "-i", path, .. OutputArguments(0, limits), "pipe:1"], ffOptions ?? new FFOptions());
        if (result.ExitCode != 0) throw FfmpegErrors.DecodeFailure("audio", path, result, SkipReason.NoAudioStream);
        return ToSamples(path, result.Bytes, result.StandardError, limits);
    }

    /// <summary>
    /// Output arguments that write the first audio stream of input <paramref name="input"/> as 16 kHz mono s16le,
    /// at most <see cref="DecodeLimits.MaxDurationSeconds"/> + 1 s of it; the caller appends the destination.
    /// </summary>
    internal static IEnumerable<string> OutputArguments(int input, DecodeLimits limits) =>
    [
        "-map", $"{input}:a:0", "-vn", "-sn", "-dn",
        "-ac", "1", "-ar", Shapes.SampleRate.ToString(CultureInfo.InvariantCulture), "-c:a", "pcm_s16le",
        "-t", limits.AudioCapSeconds, "-f", "s16le",
    ];

    /// <summary>Checks a finished audio decode (truncation, damage, length, emptiness) and converts it to floats.</summary>
    internal static float[] ToSamples(string path, ReadOnlySpan<byte> pcm, string stderr, DecodeLimits limits)
    {
        if (FfmpegErrors.ReportsTruncation(stderr))
            throw new ClipException(path, SkipReason.Truncated, $"audio stream is truncated: {FfmpegErrors.Tail(stderr)}");
        limits.CheckDamage(path, stderr, "audio");
        if (pcm.Length < 2)
            throw new ClipException(path, SkipReason.DecodeFailed, $"audio stream decoded to no samples: {FfmpegErrors.Tail(stderr)}");
        limits.CheckDecodedLength(path, pcm.Length / 2);
        return Pcm16ToFloat(pcm);
    }

    /// <summary>Signed 16-bit little-endian PCM → floats in [−1, 1): sample / 32768. A trailing odd byte is ignored.</summary>
    internal static float[] Pcm16ToFloat(ReadOnlySpan<byte> bytes)
    {
        var samples = new float[bytes.Length / 2];
        for (int i = 0; i < samples.Length; i++)
            samples[i] = (short)(bytes[2 * i] | (bytes[2 * i + 1] << 8)) / 32768f;
        return samples;
    }
}
