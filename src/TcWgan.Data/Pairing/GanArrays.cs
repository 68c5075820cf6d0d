namespace TcWgan.Data;

/// <summary>
/// Prepared clips flattened into the plain arrays a GAN dataset is built from (TcWgan.Nn's <c>GanDataset</c> takes
/// exactly these five): all windows with their labels, all spectrograms with their labels, and the pairs as
/// (window index, spectrogram index) into those two lists. Tensors are shared with the clips, not copied.
/// </summary>
/// <param name="Windows">Every clip's windows in clip order, each (10, 3, 28, 28).</param>
/// <param name="WindowLabels">Emotion index of each window.</param>
/// <param name="Spectrograms">Every clip's paired spectrograms in clip order, each (3, 28, 112).</param>
/// <param name="SpectrogramLabels">Emotion index of each spectrogram.</param>
/// <param name="Pairs">(window index, spectrogram index) of every pair; both always belong to the same clip.</param>
public sealed record GanArrays(
    float[][] Windows,
    int[] WindowLabels,
    float[][] Spectrograms,
    int[] SpectrogramLabels,
    (int Window, int Spectrogram)[] Pairs)
{
    /// <summary>
    /// Flattens <paramref name="clips"/>: each clip's windows are paired with each of its augmented spectrograms
    /// (and with its clean spectrogram too when <paramref name="includeClean"/>, listed first).
    /// </summary>
    public static GanArrays FromClips(IReadOnlyList<PreparedClip> clips, bool includeClean = false)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var windows = new List<float[]>();
        var windowLabels = new List<int>();
        var spectrograms = new List<float[]>();
        var spectrogramLabels = new List<int>();
        var pairs = new List<(int, int)>();
        foreach (var clip in clips)
        {
            int label = (int)clip.Clip.Emotion;
            int firstWindow = windows.Count;
            int firstSpectrogram = spectrograms.Count;
            windows.AddRange(clip.Windows);
            windowLabels.AddRange(Enumerable.Repeat(label, clip.Windows.Length));
            if (includeClean) spectrograms.Add(clip.Spectrogram);
            spectrograms.AddRange(clip.AugmentedSpectrograms);
            spectrogramLabels.AddRange(Enumerable.Repeat(label, spectrograms.Count - firstSpectrogram));
            for (int w = firstWindow; w < windows.Count; w++)
                for (int s = firstSpectrogram; s < spectrograms.Count; s++)
                    pairs.Add((w, s));
        }
        return new GanArrays([.. windows], [.. windowLabels], [.. spectrograms], [.. spectrogramLabels], [.. pairs]);
    }
}
