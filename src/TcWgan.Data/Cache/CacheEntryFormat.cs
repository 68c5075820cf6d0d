using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TcWgan.Data;

/// <summary>
/// One cache entry file (<c>&lt;key&gt;.tcc</c>) is a <see cref="ChecksummedContainer"/>: magic "TCWGANTC", version
/// <see cref="TensorCache.FormatVersion"/>, metadata = the entry's key in hex (must match the file name), and one
/// section per <see cref="TensorEntry"/> section, named "0", "1", …, each holding (little-endian):
/// <code>
/// int32 array count A; A × int32 array length; the arrays' floats, in order
/// </code>
/// Anything else (wrong magic or version, other key, truncated or extended file, digest mismatch, inconsistent
/// section) makes the entry damaged.
/// </summary>
public static class CacheEntryFormat
{
    /// <summary>The container's magic.</summary>
    public const string Magic = "TCWGANTC";

    /// <summary>Serialises <paramref name="entry"/> under <paramref name="key"/> into a complete entry file image.</summary>
    public static byte[] Encode(CacheKey key, TensorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sections = entry.Sections.Select((arrays, i) => new KeyValuePair<string, byte[]>(i.ToString(CultureInfo.InvariantCulture), EncodeSection(arrays)));
        return new ChecksummedContainer(Magic, TensorCache.FormatVersion, key.Hex, sections).ToBytes();
    }

    /// <summary>
    /// Reads an entry file image. Returns null and sets <paramref name="damage"/> when the image is not a valid
    /// entry for <paramref name="key"/>.
    /// </summary>
    public static TensorEntry? TryDecode(ReadOnlySpan<byte> bytes, CacheKey key, out string? damage)
    {
        damage = null;
        ChecksummedContainer container;
        try
        {
            container = ChecksummedContainer.Read(bytes, Magic, TensorCache.FormatVersion, key.Hex);
        }
        catch (ContainerFormatException e)
        {
            damage = e.Reason;
            return null;
        }
        if (container.Version != TensorCache.FormatVersion) damage = $"format version {container.Version}, expected {TensorCache.FormatVersion}";
        else if (container.Metadata != key.Hex) damage = "its key does not match the file name";
        if (damage is not null) return null;
        var sections = new List<float[][]>(container.Sections.Count);
        for (int i = 0; i < container.Sections.Count; i++)
        {
            if (!container.Sections.TryGetValue(i.ToString(CultureInfo.InvariantCulture), out var section) || DecodeSection(section) is not { } arrays)
            {
                damage = $"section {i} is missing or inconsistent";
                return null;
            }
            sections.Add(arrays);
        }
        return new TensorEntry(sections);
    }

    private static byte[] EncodeSection(float[][] arrays)
    {
        ArgumentNullException.ThrowIfNull(arrays);
        long length = 4 + 4L * arrays.Length + arrays.Sum(a => 4L * (a ?? throw new ArgumentNullException(nameof(arrays))).Length);
        if (length > Array.MaxLength) throw new ArgumentException($"A cache section of {length} bytes is too large.", nameof(arrays));
        var bytes = new byte[length];
        var at = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(at, arrays.Length);
        for (int a = 0; a < arrays.Length; a++) BinaryPrimitives.WriteInt32LittleEndian(at[(4 + 4 * a)..], arrays[a].Length);
        at = at[(4 + 4 * arrays.Length)..];
        foreach (var array in arrays)
        {
            var target = at[..(4 * array.Length)];
            if (BitConverter.IsLittleEndian) MemoryMarshal.AsBytes(array.AsSpan()).CopyTo(target);
            else for (int i = 0; i < array.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(target[(4 * i)..], array[i]);
            at = at[target.Length..];
        }
        return bytes;
    }

    /// <summary>The arrays of one section, or null when its counts and lengths do not add up to its size.</summary>
    private static float[][]? DecodeSection(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4) return null;
        int count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        if (count < 0 || count > (bytes.Length - 4) / 4) return null; // checked before anything is allocated
        var lengths = new int[count];
        long floats = 0;
        for (int a = 0; a < count; a++)
        {
            lengths[a] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(4 + 4 * a)..]);
            if (lengths[a] < 0) return null;
            floats += lengths[a];
        }
        var data = bytes[(4 + 4 * count)..];
        if (floats * 4 != data.Length) return null;
        var arrays = new float[count][];
        for (int a = 0; a < count; a++)
        {
            arrays[a] = new float[lengths[a]];
            var source = data[..(4 * lengths[a])];
            if (BitConverter.IsLittleEndian) source.CopyTo(MemoryMarshal.AsBytes(arrays[a].AsSpan()));
            else for (int i = 0; i < lengths[a]; i++) arrays[a][i] = BinaryPrimitives.ReadSingleLittleEndian(source[(4 * i)..]);
            data = data[source.Length..];
        }
        return arrays;
    }
}

/// <summary>
/// What one cache entry holds: an ordered list of sections, each an ordered list of flat float tensors
/// (lengths may differ). The meaning of the sections belongs to the writer (see <see cref="ClipPreprocessor"/>).
/// </summary>
/// <param name="Sections">Sections in order; each array is one flat tensor.</param>
public sealed record TensorEntry(IReadOnlyList<float[][]> Sections)
{
    /// <summary>Total number of floats over all sections.</summary>
    public long FloatCount => Sections.Sum(s => s.Sum(a => (long)a.Length));
}
