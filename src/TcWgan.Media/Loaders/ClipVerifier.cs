namespace TcWgan.Media;

/// <summary>
/// Probes every clip a loader returned (one ffprobe per file, so opt-in: loaders themselves only check names and
/// sizes) and keeps those whose video (if any) has a video stream and whose audio source has an audio stream.
/// </summary>
public static class ClipVerifier
{
    /// <summary>
    /// The clips that pass, in input order; each failure goes to <paramref name="skips"/> with the probe's reason
    /// (WrongContainer, Truncated, NoVideoStream, NoAudioStream, …) and the clip's other file in
    /// <see cref="SkippedClip.OtherFiles"/>.
    /// </summary>
    public static IReadOnlyList<ClipRecord> KeepReadable(IEnumerable<ClipRecord> clips, SkipLog skips,
        FFOptions? ffOptions = null)
    {
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentNullException.ThrowIfNull(skips);
        var kept = new List<ClipRecord>();
        foreach (var clip in clips)
        {
            try
            {
                var video = clip.VideoPath is null ? null : MediaProbe.Probe(clip.VideoPath, ffOptions);
                if (video is { HasVideo: false })
                    throw new ClipException(clip.VideoPath!, SkipReason.NoVideoStream, "no video stream");
                var audio = clip.AudioPath is null ? video! : MediaProbe.Probe(clip.AudioPath, ffOptions);
                if (!audio.HasAudio)
                    throw new ClipException(clip.AudioSource, SkipReason.NoAudioStream, "no audio stream");
                kept.Add(clip);
            }
            catch (ClipException e)
            {
                skips.Add(e.ToSkipped(clip));
            }
        }
        return kept;
    }
}
