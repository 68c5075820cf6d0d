using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace TcWgan.Data;

/// <summary>
/// The binary layout of one cache entry file (<c>&lt;key&gt;.tcc</c>). All integers and floats are little-endian.
/// <code>
/// offset  size  field
///      0     8  magic "TCWGANTC"
///      8     4  int32 format version (TensorCache.FormatVersion)
///     12    32  the entry's key (SHA-256), must match the file name
///     44     8  int64 payload length in bytes
///     52    32  SHA-256 of the payload
///     84     …  payload:
///               int32 section count S
///               S × { int32 array count A; A × int32 array length; the arrays' floats, in order }
/// </code>
/// The file length must equal 84 + payload length exactly; anything else (wrong magic or version, other key,
/// truncated or extended file, checksum mismatch, inconsistent payload) makes the entry damaged.
/// </summary>
public static class CacheEntryFormat
{
    /// <summary>The 8 magic bytes at the start of every entry.</summary>
    public static ReadOnlySpan<byte> Magic => "TCWGANTC"u8;

    /// <summary>Bytes before the payload.</summary>
    public const int HeaderLength = 84;

    /// <summary>Serialises <paramref name="entry"/> under <paramref name="key"/> into a complete entry file image.</summary>
    public static byte[] Encode(CacheKey key, TensorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        long payloadLength = 4;
        foreach (var section in entry.Sections)
        {
            ArgumentNullException.ThrowIfNull(section, nameof(entry));
            payloadLength += 4 + 4L * section.Length;
            foreach (var array in section)
            {
                ArgumentNullException.ThrowIfNull(array, nameof(entry));
                payloadLength += 4L * array.Length;
            }
        }
        if (HeaderLength + payloadLength > Array.MaxLength)
            throw new ArgumentException($"Cache entry of {payloadLength} bytes is too large.", nameof(entry));

        var bytes = new byte[HeaderLength + payloadLength];
        var payload = bytes.AsSpan(HeaderLength);
        int at = 0;
        BinaryPrimitives.WriteInt32LittleEndian(payload[at..], entry.Sections.Count); at += 4;
        foreach (var section in entry.Sections)
        {
            BinaryPrimitives.WriteInt32LittleEndian(payload[at..], section.Length); at += 4;
            foreach (var array in section) { BinaryPrimitives.WriteInt32LittleEndian(payload[at..], array.Length); at += 4; }
            foreach (var array in section)
            {
                WriteFloats(array, payload.Slice(at, 4 * array.Length));
                at += 4 * array.Length;
            }
        }

        var header = bytes.AsSpan(0, HeaderLength);
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], TensorCache.FormatVersion);
        key.ToBytes().CopyTo(header[12..]);
        BinaryPrimitives.WriteInt64LittleEndian(header[44..], payloadLength);
        SHA256.HashData(payload, header[52..]);
        return bytes;
    }

    /// <summary>
    /// Reads an entry file image. Returns null and sets <paramref name="damage"/> when the image is not a valid
    /// entry for <paramref name="key"/>.
    /// </summary>
    public static TensorEntry? TryDecode(ReadOnlySpan<byte> bytes, CacheKey key, out string? damage)
    {
        damage = Check(bytes, key);
        if (damage is not null) return null;
        var payload = bytes[HeaderLength..];
        try
        {
            return DecodePayload(payload, out damage);
        }
        catch (ArgumentOutOfRangeException)
        {
            damage = "payload structure runs past its end";
            return null;
        }
    }

    private static string? Check(ReadOnlySpan<byte> bytes, CacheKey key)
    {
        if (bytes.Length < HeaderLength) return $"truncated: {bytes.Length} bytes, shorter than the {HeaderLength}-byte header";
        if (!bytes[..8].SequenceEqual(Magic)) return $"bad magic '{Encoding.ASCII.GetString(bytes[..8])}'";
        int version = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        if (version != TensorCache.FormatVersion) return $"format version {version}, expected {TensorCache.FormatVersion}";
        if (!bytes.Slice(12, 32).SequenceEqual(key.ToBytes())) return "header key does not match the file name";
        long payloadLength = BinaryPrimitives.ReadInt64LittleEndian(bytes[44..]);
        long actual = bytes.Length - HeaderLength;
        if (payloadLength != actual)
            return actual < payloadLength
                ? $"truncated: payload has {actual} of {payloadLength} bytes"
                : $"payload has {actual} bytes, header says {payloadLength}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[HeaderLength..], hash);
        if (!hash.SequenceEqual(bytes.Slice(52, 32))) return "payload checksum mismatch";
        return null;
    }

    private static TensorEntry? DecodePayload(ReadOnlySpan<byte> payload, out string? damage)
    {
        damage = null;
        int at = 0;
        int sectionCount = ReadCount(payload, ref at);
        var sections = new List<float[][]>(Math.Min(sectionCount, 64));
        for (int s = 0; s < sectionCount; s++)
        {
            int arrayCount = ReadCount(payload, ref at);
            var arrays = new float[arrayCount][];
            for (int a = 0; a < arrayCount; a++) arrays[a] = new float[ReadCount(payload, ref at)];
            foreach (var array in arrays)
            {
                ReadFloats(payload.Slice(at, 4 * array.Length), array);
                at += 4 * array.Length;
            }
            sections.Add(arrays);
        }
        if (at != payload.Length)
        {
            damage = $"payload has {payload.Length - at} trailing bytes";
            return null;
        }
        return new TensorEntry(sections);
    }

    private static int ReadCount(ReadOnlySpan<byte> payload, ref int at)
    {
        int value = BinaryPrimitives.ReadInt32LittleEndian(payload[at..]);
        at += 4;
        // A count can never exceed the bytes left; this also rejects negative counts before any allocation.
        if (value < 0 || value > (payload.Length - at) / 4) throw new ArgumentOutOfRangeException(nameof(payload));
        return value;
    }

    private static void WriteFloats(float[] source, Span<byte> target)
    {
        if (BitConverter.IsLittleEndian) MemoryMarshal.AsBytes(source.AsSpan()).CopyTo(target);
        else for (int i = 0; i < source.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(target[(4 * i)..], source[i]);
    }

    private static void ReadFloats(ReadOnlySpan<byte> source, float[] target)
    {
        if (BitConverter.IsLittleEndian) source.CopyTo(MemoryMarshal.AsBytes(target.AsSpan()));
        else for (int i = 0; i < target.Length; i++) target[i] = BinaryPrimitives.ReadSingleLittleEndian(source[(4 * i)..]);
    }
}
