using System.Security.Cryptography;
using System.Text;

namespace TcWgan.MLNet.Persistence;

/// <summary>
/// What one of our transformers writes into its entry of an ML.NET model .zip: its kind, the options as JSON and
/// named binary blobs (weights). The byte layout is documented in <c>Persistence/FORMAT.md</c>.
/// </summary>
/// <param name="Kind">Which transformer wrote it (a key of <see cref="TransformerKinds"/>).</param>
/// <param name="OptionsJson">The transformer's settings and column names, as JSON.</param>
/// <param name="Blobs">Named binary blobs in write order (e.g. <c>generator</c> → the model's own stream format).</param>
internal sealed record ModelPayload(string Kind, string OptionsJson, IReadOnlyList<KeyValuePair<string, byte[]>> Blobs)
{
    /// <summary>The eight magic bytes opening every payload: ASCII <c>TCWGANML</c>.</summary>
    public static ReadOnlySpan<byte> Magic => "TCWGANML"u8;

    /// <summary>The payload format version this code writes and reads.</summary>
    public const uint FormatVersion = 1;

    /// <summary>Largest accepted string or blob, guarding against reading a damaged length.</summary>
    private const long MaxBlobBytes = 2L * 1024 * 1024 * 1024 - 1;

    /// <summary>The blob named <paramref name="name"/>; throws <see cref="InvalidDataException"/> when absent.</summary>
    public byte[] Blob(string name) =>
        Blobs.FirstOrDefault(b => b.Key == name).Value
        ?? throw new InvalidDataException($"TcWgan model entry '{Kind}' has no '{name}' blob.");

    /// <summary>Writes the payload (see FORMAT.md).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(FormatVersion);
        WriteBytes(writer, Encoding.UTF8.GetBytes(Kind));
        WriteBytes(writer, Encoding.UTF8.GetBytes(OptionsJson));
        writer.Write(Blobs.Count);
        foreach (var (name, data) in Blobs)
        {
            WriteBytes(writer, Encoding.UTF8.GetBytes(name));
            writer.Write((long)data.Length);
            writer.Write(SHA256.HashData(data));
            writer.Write(data);
        }
    }

    /// <summary>
    /// Reads and verifies a payload. Throws <see cref="InvalidDataException"/> naming <paramref name="source"/> and the
    /// reason for a foreign entry, another format version, a truncated entry or a blob whose SHA-256 does not match.
    /// </summary>
    public static ModelPayload Read(BinaryReader reader, string source)
    {
        try
        {
            Span<byte> magic = stackalloc byte[8];
            reader.BaseStream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic))
                throw new InvalidDataException($"{source}: not a TcWgan.MLNet model entry (magic bytes missing).");
            uint version = reader.ReadUInt32();
            if (version != FormatVersion)
                throw new InvalidDataException(
                    $"{source}: TcWgan.MLNet model format version {version}; this build reads version {FormatVersion} only. " +
                    "Re-save the model with a matching TcWgan.MLNet.");
            string kind = Encoding.UTF8.GetString(ReadBytes(reader, source, "kind"));
            string options = Encoding.UTF8.GetString(ReadBytes(reader, source, "options"));
            int count = reader.ReadInt32();
            if (count is < 0 or > 1024)
                throw new InvalidDataException($"{source}: damaged TcWgan.MLNet entry '{kind}' (blob count {count}).");
            var blobs = new List<KeyValuePair<string, byte[]>>(count);
            for (int i = 0; i < count; i++)
            {
                string name = Encoding.UTF8.GetString(ReadBytes(reader, source, "blob name"));
                long length = reader.ReadInt64();
                if (length is < 0 or > MaxBlobBytes)
                    throw new InvalidDataException($"{source}: damaged TcWgan.MLNet blob '{name}' (length {length}).");
                byte[] hash = reader.ReadBytes(32);
                byte[] data = reader.ReadBytes((int)length);
                if (hash.Length != 32 || data.Length != length)
                    throw new InvalidDataException($"{source}: TcWgan.MLNet blob '{name}' is truncated " +
                                                   $"({data.Length} of {length} bytes).");
                if (!SHA256.HashData(data).AsSpan().SequenceEqual(hash))
                    throw new InvalidDataException($"{source}: TcWgan.MLNet blob '{name}' of '{kind}' is damaged " +
                                                   "(SHA-256 mismatch); the weights cannot be trusted.");
                blobs.Add(new(name, data));
            }
            return new ModelPayload(kind, options, blobs);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{source}: TcWgan.MLNet model entry is truncated.", e);
        }
    }

    private static void WriteBytes(BinaryWriter writer, byte[] bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static byte[] ReadBytes(BinaryReader reader, string source, string what)
    {
        int length = reader.ReadInt32();
        if (length < 0 || length > 64 * 1024 * 1024)
            throw new InvalidDataException($"{source}: damaged TcWgan.MLNet entry ({what} length {length}).");
        byte[] bytes = reader.ReadBytes(length);
        if (bytes.Length != length) throw new EndOfStreamException();
        return bytes;
    }
}
