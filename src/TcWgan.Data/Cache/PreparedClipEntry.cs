using TcWgan.Media;

namespace TcWgan.Data;

/// <summary>
/// How a <see cref="PreparedClip"/> is stored in a <see cref="TensorEntry"/>: four sections,
/// 0 = face frames (each (3, 28, 28)), 1 = the clean spectrogram (one (3, 28, 112)), 2 = the augmented variants,
/// 3 = one array holding <see cref="PreparedClip.DecodeErrors"/> (so a cached clip still carries its warning).
/// Frames are stored instead of windows (windows overlap by half: 55 frames are 45 % fewer floats than 10 windows); windows are cut again
/// on load with <see cref="FaceExtractor.Windows"/>, which is exact.
/// </summary>
public static class PreparedClipEntry
{
    /// <summary>Packs frames, clean spectrogram, variants and the decode error count into an entry.</summary>
    public static TensorEntry Encode(float[][] frames, float[] spectrogram, float[][] augmented, int decodeErrors = 0) =>
        new([frames, [spectrogram], augmented, [[decodeErrors]]]);

    /// <summary>Unpacks an entry into a clip; throws <see cref="InvalidDataException"/> naming <paramref name="source"/> when its layout is wrong.</summary>
    public static PreparedClip Decode(TensorEntry entry, ClipRecord clip, string source)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Sections.Count != 4 || entry.Sections[1].Length != 1 || entry.Sections[3] is not [[var errors]])
            throw new InvalidDataException($"{source}: cache entry does not hold a prepared clip (sections: {entry.Sections.Count}).");
        var frames = entry.Sections[0];
        if (frames.Any(f => f.Length != Shapes.FrameLength))
            throw new InvalidDataException($"{source}: cache entry holds a face frame that is not {Shapes.FrameLength} floats.");
        var prepared = new PreparedClip(clip, FaceExtractor.Windows(frames), entry.Sections[1][0], entry.Sections[2])
        {
            DecodeErrors = (int)errors,
        };
        prepared.CheckShapes();
        return prepared;
    }
}
