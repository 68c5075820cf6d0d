using FFMpegCore;

namespace TcWgan.Media;

/// <summary>Decodes the first audio stream of any file ffmpeg reads (flv/mp3, mp4/aac, wav …) to 16 kHz mono.</summary>
public static class AudioDecoder
{
    /// <summary>
    /// Decodes the first audio stream of <paramref name="path"/> to mono (channels averaged) at
    /// <see cref="Shapes.SampleRate"/> Hz. ffmpeg resamples and writes signed 16-bit little-endian PCM to a pipe;
    /// samples are scaled by 1/32768 into [−1, 1).
    /// Throws <see cref="ClipException"/>: Unreadable, EmptyFile, WrongContainer, NoAudioStream, Truncated or
    /// DecodeFailed, with ffmpeg's stderr in the message.
    /// </summary>
    /// <param name="path">Media file.</param>
    /// <param name="ffOptions">Where ffmpeg lives; null = a default <see cref="FFOptions"/> (binaries on PATH).</param>
    public static float[] DecodeMono16k(string path, FFOptions? ffOptions = null)
    {
        FileChecks.RequireReadableNonEmpty(path);
        var result = FfmpegPipe.Run(path, "s16le", "",
            $"-map 0:a:0 -vn -sn -dn -ac 1 -ar {Shapes.SampleRate} -c:a pcm_s16le",
            ffOptions ?? new FFOptions());
        if (result.ExitCode != 0)
        {
            var reason = FfmpegErrors.Classify(result.StandardError, path, missingStream: SkipReason.NoAudioStream);
            throw new ClipException(path, reason,
                $"audio decode failed ({reason}), ffmpeg exit {result.ExitCode}: {FfmpegErrors.Tail(result.StandardError)}");
        }
        if (FfmpegErrors.ReportsTruncation(result.StandardError))
            throw new ClipException(path, SkipReason.Truncated,
                $"audio stream is truncated: {FfmpegErrors.Tail(result.StandardError)}");
        if (result.Bytes.Length < 2)
            throw new ClipException(path, SkipReason.DecodeFailed,
                $"audio stream decoded to no samples: {FfmpegErrors.Tail(result.StandardError)}");
        return Pcm16ToFloat(result.Bytes);
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
