namespace TcWgan.Data;

/// <summary>
/// One clip after preprocessing: its face windows, its clean spectrogram and the SpecAugment variants of it.
/// Training pairs are every window × every augmented spectrogram of the same clip (<see cref="PairCount"/> of them).
/// </summary>
/// <param name="Clip">The source record (label, speaker, paths).</param>
/// <param name="Windows">Face windows (none for an audio-only clip), each (10, 3, 28, 28) = <see cref="Shapes.WindowLength"/> floats in [0, 1].</param>
/// <param name="Spectrogram">Clean spectrogram image (3, 28, 112) = <see cref="Shapes.SpectrogramLength"/> floats in [−1, 1].</param>
/// <param name="AugmentedSpectrograms">SpecAugment variants of <paramref name="Spectrogram"/>, each (3, 28, 112).</param>
public sealed record PreparedClip(
    ClipRecord Clip,
    float[][] Windows,
    float[] Spectrogram,
    float[][] AugmentedSpectrograms)
{
    /// <summary>
    /// Errors ffmpeg reported while decoding the clip, at most <see cref="TcWgan.Media.DecodeLimits.MaxDecodeErrors"/> (more make
    /// the clip <see cref="SkipReason.Damaged"/>); a count above 0 is a warning the summary lists. Kept in the cache.
    /// </summary>
    public int DecodeErrors { get; init; }

    /// <summary>Window × augmented-spectrogram pairs this clip contributes.</summary>
    public int PairCount => Windows.Length * AugmentedSpectrograms.Length;

    /// <summary>Throws <see cref="InvalidDataException"/> naming the clip when any tensor has the wrong length.</summary>
    public void CheckShapes()
    {
        if (Windows.Length == 0 && Clip.HasVideo) throw new InvalidDataException($"{Clip.MainFile}: prepared clip has no face windows.");
        for (int i = 0; i < Windows.Length; i++)
            if (Windows[i].Length != Shapes.WindowLength)
                throw new InvalidDataException(
                    $"{Clip.MainFile}: window {i} has {Windows[i].Length} floats, expected {Shapes.WindowLength}.");
        if (Spectrogram.Length != Shapes.SpectrogramLength)
            throw new InvalidDataException(
                $"{Clip.AudioSource}: spectrogram has {Spectrogram.Length} floats, expected {Shapes.SpectrogramLength}.");
        for (int i = 0; i < AugmentedSpectrograms.Length; i++)
            if (AugmentedSpectrograms[i].Length != Shapes.SpectrogramLength)
                throw new InvalidDataException(
                    $"{Clip.AudioSource}: augmented spectrogram {i} has {AugmentedSpectrograms[i].Length} floats, expected {Shapes.SpectrogramLength}.");
    }
}
