using TcWgan.Dsp;
using TcWgan.Media;

namespace TcWgan.Data;

/// <summary>
/// How a clip's SpecAugment variants are drawn: variant i is <see cref="SpecAugment.Apply"/> of the clean spectrogram
/// with <see cref="Options"/> and a <see cref="Random"/> seeded by <see cref="Seeds.Variant"/>(<see cref="Seed"/>, i).
/// </summary>
/// <param name="Count">Variants per clip (0: none).</param>
/// <param name="Options">SpecAugment settings.</param>
/// <param name="Seed">The clip's augmentation seed (<see cref="Seeds.ClipAugment"/>).</param>
public sealed record VariantRecipe(int Count, SpecAugmentOptions Options, int Seed)
{
    /// <summary>No variants.</summary>
    public static VariantRecipe None { get; } = new(0, new SpecAugmentOptions(), 0);
}

/// <summary>
/// One clip after preprocessing, held compactly: its face frames as the 8-bit values they were decoded from, its clean
/// spectrogram and the recipe of its SpecAugment variants. Windows (<see cref="Shapes.WindowFrames"/> frames sliding by
/// <see cref="Shapes.WindowStride"/>) and variants are made when asked for, so a clip of 55 frames holds ≈ 0.17 MB, not
/// 10 overlapping float windows and 10 float variants (≈ 1.35 MB): full CREMA-D fits in memory.
/// Training pairs are every window × every variant of the same clip (<see cref="PairCount"/> of them).
/// </summary>
public sealed class PreparedClip
{
    private readonly byte[] _frames; // F × (3, 28, 28), value = byte / 255

    /// <summary>
    /// A prepared clip. <paramref name="frames"/> (none for an audio-only clip) are (3, 28, 28) floats that are multiples
    /// of 1/255, as <see cref="FaceExtractor"/> makes them; anything else is <see cref="InvalidDataException"/>.
    /// </summary>
    public PreparedClip(ClipRecord clip, IReadOnlyList<float[]> frames, float[] spectrogram, VariantRecipe variants)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(spectrogram);
        ArgumentNullException.ThrowIfNull(variants);
        Clip = clip;
        Spectrogram = spectrogram;
        Variants = variants;
        FrameCount = frames.Count;
        _frames = new byte[frames.Count * Shapes.FrameLength];
        for (int f = 0; f < frames.Count; f++)
        {
            if (frames[f].Length != Shapes.FrameLength)
                throw new InvalidDataException($"{clip.MainFile}: face frame {f} has {frames[f].Length} floats, expected {Shapes.FrameLength}.");
            for (int i = 0; i < Shapes.FrameLength; i++)
            {
                float v = frames[f][i];
                int level = (int)MathF.Round(v * 255);
                if (level is < 0 or > 255 || level / 255f != v)
                    throw new InvalidDataException($"{clip.MainFile}: face frame {f} holds {v} at {i}, not an 8-bit value / 255.");
                _frames[f * Shapes.FrameLength + i] = (byte)level;
            }
        }
        WindowCount = FaceExtractor.WindowCount(FrameCount);
    }

    /// <summary>The source record (label, speaker, paths).</summary>
    public ClipRecord Clip { get; }

    /// <summary>Clean spectrogram image (3, 28, 112) = <see cref="Shapes.SpectrogramLength"/> floats in [−1, 1].</summary>
    public float[] Spectrogram { get; }

    /// <summary>How the SpecAugment variants of <see cref="Spectrogram"/> are drawn.</summary>
    public VariantRecipe Variants { get; }

    /// <summary>
    /// Errors ffmpeg reported while decoding the clip, at most <see cref="TcWgan.Media.DecodeLimits.MaxDecodeErrors"/> (more make
    /// the clip <see cref="SkipReason.Damaged"/>); a count above 0 is a warning the summary lists. Kept in the cache.
    /// </summary>
    public int DecodeErrors { get; init; }

    /// <summary>Face frames (0 for an audio-only clip).</summary>
    public int FrameCount { get; }

    /// <summary>Face windows cut from the frames (0 for an audio-only clip).</summary>
    public int WindowCount { get; }

    /// <summary>Window × variant pairs this clip contributes.</summary>
    public int PairCount => WindowCount * Variants.Count;

    /// <summary>Face frame <paramref name="index"/>: a new (3, 28, 28) array of <see cref="Shapes.FrameLength"/> floats in [0, 1].</summary>
    public float[] Frame(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, FrameCount);
        return ToFloats(index * Shapes.FrameLength, Shapes.FrameLength);
    }

    /// <summary>
    /// Face window <paramref name="index"/>: a new (10, 3, 28, 28) array of <see cref="Shapes.WindowLength"/> floats, frames
    /// index·stride … index·stride + 9 (frame-major, as <see cref="FaceExtractor.Windows"/> cuts them).
    /// </summary>
    public float[] Window(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, WindowCount);
        return ToFloats(index * Shapes.WindowStride * Shapes.FrameLength, Shapes.WindowLength);
    }

    /// <summary>SpecAugment variant <paramref name="index"/> of the clean spectrogram: a new (3, 28, 112) array, the same on every call.</summary>
    public float[] Variant(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Variants.Count);
        return SpecAugment.Apply(Spectrogram, Variants.Options, new Random(Seeds.Variant(Variants.Seed, index)));
    }

    /// <summary>Throws <see cref="InvalidDataException"/> naming the clip when it has no window but a video, or a wrong-sized spectrogram.</summary>
    public void CheckShapes()
    {
        if (WindowCount == 0 && Clip.HasVideo) throw new InvalidDataException($"{Clip.MainFile}: prepared clip has no face windows.");
        if (Spectrogram.Length != Shapes.SpectrogramLength)
            throw new InvalidDataException(
                $"{Clip.AudioSource}: spectrogram has {Spectrogram.Length} floats, expected {Shapes.SpectrogramLength}.");
    }

    private float[] ToFloats(int start, int count)
    {
        var values = new float[count]; // straight from the stored bytes: no intermediate byte copy per window
        for (int i = 0; i < count; i++) values[i] = _frames[start + i] / 255f;
        return values;
    }
}
