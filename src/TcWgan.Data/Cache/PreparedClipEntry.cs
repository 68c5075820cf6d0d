namespace TcWgan.Data;

/// <summary>
/// How a <see cref="PreparedClip"/> is stored in a <see cref="TensorEntry"/>: three sections,
/// 0 = face frames (each (3, 28, 28)), 1 = the clean spectrogram (one (3, 28, 112)), 2 = one array holding
/// <see cref="PreparedClip.DecodeErrors"/> (so a cached clip still carries its warning). Frames are stored, not windows
/// (windows overlap by half), and SpecAugment variants not at all: both are cut again on use, exactly.
/// </summary>
public static class PreparedClipEntry
{
    /// <summary>Packs a clip's frames, clean spectrogram and decode error count into an entry.</summary>
    public static TensorEntry Encode(PreparedClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var frames = Enumerable.Range(0, clip.FrameCount).Select(clip.Frame).ToArray();
        return new([frames, [clip.Spectrogram], [[clip.DecodeErrors]]]);
    }

    /// <summary>
    /// Unpacks an entry into a clip whose variants follow <paramref name="variants"/>; throws
    /// <see cref="InvalidDataException"/> naming <paramref name="source"/> when its layout is wrong.
    /// </summary>
    public static PreparedClip Decode(TensorEntry entry, ClipRecord clip, VariantRecipe variants, string source)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Sections.Count != 3 || entry.Sections[1].Length != 1 || entry.Sections[2] is not [[var errors]])
            throw new InvalidDataException($"{source}: cache entry does not hold a prepared clip (sections: {entry.Sections.Count}).");
        PreparedClip prepared;
        try
        {
            // The clip checks each frame's length and 8-bit values; its message gains the entry's path here.
            prepared = new PreparedClip(clip, entry.Sections[0], entry.Sections[1][0], variants) { DecodeErrors = (int)errors };
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
        prepared.CheckShapes();
        return prepared;
    }
}
