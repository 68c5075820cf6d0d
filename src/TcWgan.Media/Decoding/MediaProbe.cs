using FFMpegCore.Exceptions;

namespace TcWgan.Media;

/// <summary>Reads a media file's streams through FFMpegCore's ffprobe wrapper.</summary>
public static class MediaProbe
{
    /// <summary>
    /// Probes <paramref name="path"/>. Throws <see cref="ClipException"/> naming the file and reason
    /// (Unreadable, EmptyFile, WrongContainer, Truncated, DecodeFailed) with ffprobe's stderr in the message.
    /// </summary>
    /// <param name="path">Media file.</param>
    /// <param name="ffOptions">Where ffmpeg/ffprobe live; null = a default <see cref="FFOptions"/> (binaries on PATH).</param>
    public static MediaInfo Probe(string path, FFOptions? ffOptions = null)
    {
        FileChecks.RequireReadableNonEmpty(path);
        var options = ffOptions ?? new FFOptions();
        IMediaAnalysis analysis;
        try
        {
            analysis = FFProbe.Analyse(path, options);
        }
        catch (FFProbeProcessException e)
        {
            string stderr = string.Join('\n', e.StandardError);
            var reason = FfmpegErrors.Classify(stderr, path);
            throw new ClipException(path, reason, $"ffprobe failed ({reason}): {FfmpegErrors.Tail(stderr)}", e);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"ffprobe could not be started (binary folder '{options.BinaryFolder}'): {e.Message}. " +
                FfmpegErrors.InstallHint, e);
        }
        catch (FFMpegException e) when (e.Message.Contains("not found on your system", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{e.Message}. {FfmpegErrors.InstallHint}", e);
        }
        catch (FFMpegException e)
        {
            throw new ClipException(path, SkipReason.DecodeFailed, $"ffprobe failed: {e.Message}", e);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ClipException(path, SkipReason.DecodeFailed, $"ffprobe output unreadable: {e.Message}", e);
        }
        if (analysis.VideoStreams.Count == 0 && analysis.AudioStreams.Count == 0)
            throw new ClipException(path, SkipReason.WrongContainer,
                $"no audio or video stream in container '{analysis.Format.FormatName}'");
        return ToInfo(path, analysis);
    }

    private static MediaInfo ToInfo(string path, IMediaAnalysis analysis)
    {
        var video = analysis.PrimaryVideoStream;
        var audio = analysis.PrimaryAudioStream;
        TimeSpan duration = analysis.Duration;
        double fps = 0;
        int width = 0, height = 0, frames = 0;
        if (video is not null)
        {
            fps = video.AverageFrameRate > 0 && double.IsFinite(video.AverageFrameRate)
                ? video.AverageFrameRate
                : video.RealFrameRate;
            if (!double.IsFinite(fps) || fps < 0) fps = 0;
            width = video.Width ?? 0;
            height = video.Height ?? 0;
            if (Math.Abs(video.Rotation) % 180 == 90) (width, height) = (height, width);
            frames = RecordedFrameCount(analysis, video.Index);
            if (frames <= 0)
            {
                TimeSpan videoDuration = video.Duration > TimeSpan.Zero ? video.Duration : duration;
                frames = (int)Math.Round(videoDuration.TotalSeconds * fps);
            }
        }
        return new MediaInfo(
            path,
            analysis.Format.FormatName,
            HasVideo: video is not null,
            HasAudio: audio is not null,
            duration,
            fps,
            width,
            height,
            frames,
            audio?.SampleRateHz ?? 0,
            audio?.Channels ?? 0);
    }

    private static int RecordedFrameCount(IMediaAnalysis analysis, int streamIndex)
    {
        var raw = analysis.Raw?.Streams?.FirstOrDefault(s => s.Index == streamIndex);
        if (raw?.ExtensionData is { } extra && extra.TryGetValue("nb_frames", out var element))
        {
            string? text = element.ValueKind == System.Text.Json.JsonValueKind.String ? element.GetString() : element.ToString();
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n)) return n;
        }
        return 0;
    }
}
