using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TcWgan;

/// <summary>
/// The one binary container behind everything this library writes that must survive a crash or a bad disk: saved
/// models and classifiers, GAN checkpoints, the entries of our transformers in an ML.NET .zip and the preprocessing
/// cache's entries. Little-endian:
/// <code>
/// magic       8 bytes ASCII, names the kind of file ("TCWGANFA", "TCWGANQC", "TCWGANCK", "TCWGANML", "TCWGANTC")
/// version     int32, the kind's format version
/// metadata    int32 length + UTF-8 (JSON or a key; the kind's business)
/// sections    int32 count, then per section: int32 name length + UTF-8 name, int64 length + bytes
/// digest      32 bytes SHA-256 of everything above
/// </code>
/// <see cref="Read(ReadOnlySpan{byte}, string, int, string)"/> checks the magic, the digest, the version and every
/// length before it hands out a byte, so damage is a <see cref="ContainerFormatException"/> naming the file and the
/// reason, never garbage weights or a native crash further down.
/// </summary>
public sealed class ChecksummedContainer
{
    private const int DigestLength = 32;
    private const int MaxNameLength = 256;
    private const int MaxSections = 1024;

    /// <summary>Assembles a container; section names must be unique.</summary>
    public ChecksummedContainer(string magic, int version, string metadata, IEnumerable<KeyValuePair<string, byte[]>> sections)
    {
        ArgumentNullException.ThrowIfNull(magic);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(sections);
        if (magic.Length != 8 || magic.Any(c => c is < ' ' or > '~')) throw new ArgumentException("Magic must be 8 printable ASCII characters.", nameof(magic));
        var named = new Dictionary<string, byte[]>();
        foreach (var (name, bytes) in sections)
        {
            ArgumentNullException.ThrowIfNull(bytes, nameof(sections));
            if (Encoding.UTF8.GetByteCount(name) is 0 or > MaxNameLength) throw new ArgumentException($"Section name '{name}' must have 1–{MaxNameLength} UTF-8 bytes.", nameof(sections));
            if (!named.TryAdd(name, bytes)) throw new ArgumentException($"Section '{name}' appears twice.", nameof(sections));
        }
        if (named.Count > MaxSections) throw new ArgumentException($"At most {MaxSections} sections.", nameof(sections));
        Magic = magic;
        Version = version;
        Metadata = metadata;
        Sections = named;
    }

    /// <summary>Kind of file (8 ASCII characters).</summary>
    public string Magic { get; }
    /// <summary>Format version of the kind.</summary>
    public int Version { get; }
    /// <summary>Metadata text.</summary>
    public string Metadata { get; }
    /// <summary>Named binary sections, in file order.</summary>
    public IReadOnlyDictionary<string, byte[]> Sections { get; }

    /// <summary>
    /// The metadata read as JSON into <typeparamref name="T"/>; a <see cref="ContainerFormatException"/> naming
    /// <paramref name="source"/> when it is not valid JSON or is JSON null.
    /// </summary>
    public T MetadataAs<T>(string source) where T : class
    {
        try { return JsonSerializer.Deserialize<T>(Metadata) ?? throw new ContainerFormatException(source, "its metadata is empty."); }
        catch (JsonException e) { throw new ContainerFormatException(source, $"its metadata is not valid JSON ({e.Message}).", e); }
    }

    /// <summary>A section's bytes; a missing one is a <see cref="ContainerFormatException"/> naming <paramref name="source"/>.</summary>
    public byte[] Section(string name, string source) =>
        Sections.TryGetValue(name, out var bytes) ? bytes : throw new ContainerFormatException(source, $"section '{name}' is missing.");

    /// <summary>The complete file image, digest included.</summary>
    public byte[] ToBytes()
    {
        var metadata = Encoding.UTF8.GetBytes(Metadata);
        var names = Sections.Keys.Select(Encoding.UTF8.GetBytes).ToList();
        long length = 8 + 4 + 4 + metadata.Length + 4 + names.Sum(n => 4L + n.Length + 8) + Sections.Values.Sum(b => (long)b.Length) + DigestLength;
        if (length > Array.MaxLength) throw new InvalidOperationException($"A container of {length} bytes is too large.");
        var image = new byte[length];
        var at = image.AsSpan();
        Encoding.ASCII.GetBytes(Magic, at);
        at = at[8..];
        Int32(ref at, Version);
        Bytes(ref at, metadata);
        Int32(ref at, Sections.Count);
        int i = 0;
        foreach (var bytes in Sections.Values)
        {
            Bytes(ref at, names[i++]);
            BinaryPrimitives.WriteInt64LittleEndian(at, bytes.Length);
            bytes.CopyTo(at[8..]);
            at = at[(8 + bytes.Length)..];
        }
        SHA256.HashData(image.AsSpan(0, image.Length - DigestLength), at);
        return image;
    }

    /// <summary>Writes <see cref="ToBytes"/> to <paramref name="stream"/>.</summary>
    public void Write(Stream stream) => stream.Write(ToBytes());

    /// <summary>Reads the rest of <paramref name="stream"/> as a container (see the other overload).</summary>
    public static ChecksummedContainer Read(Stream stream, string magic, int maxVersion, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] data;
        try
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            data = memory.ToArray();
        }
        catch (IOException e)
        {
            throw new ContainerFormatException(source, $"could not be read ({e.Message}).", e);
        }
        return Read(data, magic, maxVersion, source);
    }

    /// <summary>
    /// Reads and validates a container of kind <paramref name="magic"/> with a version in 1…<paramref name="maxVersion"/>
    /// that fills <paramref name="data"/> exactly; <paramref name="source"/> names the file in errors.
    /// </summary>
    public static ChecksummedContainer Read(ReadOnlySpan<byte> data, string magic, int maxVersion, string source)
    {
        string found = Encoding.ASCII.GetString(data[..Math.Min(8, data.Length)]);
        if (data.Length >= 8 && found != magic)
            throw new ContainerFormatException(source, $"is not a {magic} file (starts with '{new string(found.Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray())}').");
        if (data.Length < 8 + 4 + 4 + 4 + DigestLength)
            throw new ContainerFormatException(source, $"is truncated ({data.Length} bytes; too short for a {magic} file).");
        var body = data[..^DigestLength];
        Span<byte> digest = stackalloc byte[DigestLength];
        SHA256.HashData(body, digest);
        if (!digest.SequenceEqual(data[^DigestLength..]))
            throw new ContainerFormatException(source, "is damaged: its SHA-256 digest does not match its content (truncated or altered file).");

        var at = body[8..];
        int version = Int32(ref at, source, "header");
        if (version < 1 || version > maxVersion)
            throw new ContainerFormatException(source, $"has format version {version}; this build reads versions 1 to {maxVersion}.");
        string metadata = Encoding.UTF8.GetString(Take(ref at, Int32(ref at, source, "header"), source, "metadata"));
        int count = Int32(ref at, source, "header");
        if (count is < 0 or > MaxSections) throw new ContainerFormatException(source, $"declares {count} sections.");
        var sections = new List<KeyValuePair<string, byte[]>>(count);
        for (int i = 0; i < count; i++)
        {
            int nameLength = Int32(ref at, source, $"section {i}");
            if (nameLength is < 1 or > MaxNameLength) throw new ContainerFormatException(source, $"section {i} has a name of {nameLength} bytes.");
            string name = Encoding.UTF8.GetString(Take(ref at, nameLength, source, $"section {i} name"));
            if (at.Length < 8) throw new ContainerFormatException(source, $"ends inside section '{name}'.");
            long length = BinaryPrimitives.ReadInt64LittleEndian(at);
            at = at[8..];
            if (length < 0 || length > at.Length)
                throw new ContainerFormatException(source, $"section '{name}' declares {length} bytes but only {at.Length} remain.");
            if (sections.Any(s => s.Key == name)) throw new ContainerFormatException(source, $"holds section '{name}' twice.");
            sections.Add(new(name, Take(ref at, (int)length, source, $"section '{name}'").ToArray()));
        }
        if (at.Length != 0) throw new ContainerFormatException(source, $"has {at.Length} unexpected bytes after its sections.");
        return new ChecksummedContainer(magic, version, metadata, sections);
    }

    private static void Int32(ref Span<byte> at, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(at, value);
        at = at[4..];
    }

    private static void Bytes(ref Span<byte> at, byte[] bytes)
    {
        Int32(ref at, bytes.Length);
        bytes.CopyTo(at);
        at = at[bytes.Length..];
    }

    private static int Int32(ref ReadOnlySpan<byte> at, string source, string where)
    {
        if (at.Length < 4) throw new ContainerFormatException(source, $"ends inside its {where}.");
        int value = BinaryPrimitives.ReadInt32LittleEndian(at);
        at = at[4..];
        return value;
    }

    private static ReadOnlySpan<byte> Take(ref ReadOnlySpan<byte> at, int length, string source, string what)
    {
        if (length < 0 || length > at.Length)
            throw new ContainerFormatException(source, $"{what} declares {length} bytes but only {at.Length} remain.");
        var taken = at[..length];
        at = at[length..];
        return taken;
    }
}

/// <summary>
/// A file or stream that should hold a <see cref="ChecksummedContainer"/> (or what one carries) does not: damaged,
/// truncated, of another kind or version, or with contents its reader cannot use.
/// </summary>
public sealed class ContainerFormatException : IOException
{
    /// <summary>Creates the error naming <paramref name="source"/>.</summary>
    public ContainerFormatException(string source, string reason, Exception? inner = null)
        : base($"{source}: {reason}", inner)
    {
        FileName = source;
        Reason = reason;
    }

    /// <summary>File name or stream description the data came from.</summary>
    public string FileName { get; }
    /// <summary>What is wrong, without the file name.</summary>
    public string Reason { get; }
}
