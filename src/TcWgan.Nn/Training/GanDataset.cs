namespace TcWgan.Nn;

/// <summary>
/// Training data of <see cref="GanTrainer"/>, organised by clip: each clip has one clean spectrogram image
/// ((3, 28, 112) in [−1, 1]) and one emotion, and any number of face windows ((10, 3, 28, 28) in [0, 1]). The generator
/// learns to map each window (with its clip's emotion) to its clip's spectrogram; the critic sees the clean
/// spectrograms as the real ones and the L1 term targets them, so neither learns SpecAugment's masks. Windows are
/// kept as bytes (a quarter of the float size); encoder and Q pre-training use the windows and the spectrograms alone.
/// Build it with <see cref="AddClip"/> and <see cref="AddWindow"/>; every value is checked as it comes in.
/// </summary>
public sealed class GanDataset
{
    private readonly List<float[]> spectrograms = [];
    private readonly List<int> labels = [];
    private readonly List<byte[]> windows = [];
    private readonly List<int> windowClips = [];

    /// <summary>Clean spectrogram of every clip, flat (3, 28, 112).</summary>
    public IReadOnlyList<float[]> Spectrograms => spectrograms;
    /// <summary>Emotion index (0…5) of every clip.</summary>
    public IReadOnlyList<int> Labels => labels;
    /// <summary>Face windows as bytes (value · 255, rounded), flat (10, 3, 28, 28).</summary>
    public IReadOnlyList<byte[]> Windows => windows;
    /// <summary>The clip of every window.</summary>
    public IReadOnlyList<int> WindowClips => windowClips;

    /// <summary>Adds a clip; returns its index. Throws <see cref="ArgumentException"/> on a wrong length, a non-finite value or an unknown emotion.</summary>
    public int AddClip(ReadOnlySpan<float> spectrogram, int emotion)
    {
        if (spectrogram.Length != Shapes.SpectrogramLength)
            throw new ArgumentException($"Clip {spectrograms.Count}: the spectrogram has {spectrogram.Length} floats; expected {Shapes.SpectrogramLength} = (3, 28, 112).");
        for (int i = 0; i < spectrogram.Length; i++)
            if (!float.IsFinite(spectrogram[i]))
                throw new ArgumentException($"Clip {spectrograms.Count}: the spectrogram holds {spectrogram[i]} at position {i}.");
        if (emotion < 0 || emotion >= Emotions.Count)
            throw new ArgumentException($"Clip {spectrograms.Count}: emotion {emotion}; emotion indices are 0 to {Emotions.Count - 1}.");
        spectrograms.Add(spectrogram.ToArray());
        labels.Add(emotion);
        return spectrograms.Count - 1;
    }

    /// <summary>Adds a face window of clip <paramref name="clip"/> (values in [0, 1], clamped).</summary>
    public void AddWindow(int clip, ReadOnlySpan<float> window)
    {
        if (clip < 0 || clip >= spectrograms.Count)
            throw new ArgumentException($"Window {windows.Count} names clip {clip}; there are {spectrograms.Count} clips.");
        if (window.Length != Shapes.WindowLength)
            throw new ArgumentException($"Window {windows.Count} has {window.Length} floats; expected {Shapes.WindowLength} = (10, 3, 28, 28).");
        var bytes = new byte[window.Length];
        for (int i = 0; i < window.Length; i++)
        {
            float v = window[i];
            if (!float.IsFinite(v)) throw new ArgumentException($"Window {windows.Count} holds {v} at position {i}.");
            bytes[i] = (byte)Math.Clamp((int)MathF.Round(v * 255), 0, 255);
        }
        windows.Add(bytes);
        windowClips.Add(clip);
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless there are at least two clips and a window.</summary>
    internal void EnsureTrainable()
    {
        if (spectrograms.Count < 2 || windows.Count < 2)
            throw new ArgumentException($"A GAN needs at least 2 clips and 2 face windows (batch normalisation); got {spectrograms.Count} clips and {windows.Count} windows.");
    }
}
