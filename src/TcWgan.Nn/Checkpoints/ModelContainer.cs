using System.Security.Cryptography;
using System.Text;
using System.Runtime.InteropServices;
using TorchSharp;

namespace TcWgan.Nn;

/// <summary>
/// The one binary container behind saved models and checkpoints (little-endian):
/// <code>
/// magic       8 bytes ASCII ("TCWGANFA" model, "TCWGANQC" classifier, "TCWGANCK" checkpoint)
/// version     int32
/// metadata    int32 length + UTF-8 JSON
/// sections    int32 count, then per section: int32 name length + UTF-8 name, int64 length + bytes
/// digest      32 bytes SHA-256 of everything above
/// </code>
/// Section payloads are TorchSharp <c>Module.save</c> / <c>save_state_dict</c> bytes. Reading checks every length
/// and the digest before any byte reaches libtorch, so damage is a <see cref="ModelFormatException"/>, not a native crash.
/// </summary>
internal sealed class ModelContainer
{
    private const int DigestLength = 32;
    private const int MaxNameLength = 256;

    /// <summary>Magic of a kind of file (8 ASCII characters).</summary>
    public string Magic { get; }
    /// <summary>Format version.</summary>
    public int Version { get; }
    /// <summary>JSON metadata.</summary>
    public string Metadata { get; }
    /// <summary>Named binary sections in file order.</summary>
    public IReadOnlyDictionary<string, byte[]> Sections { get; }

    /// <summary>Assembles a container.</summary>
    public ModelContainer(string magic, int version, string metadata, IReadOnlyDictionary<string, byte[]> sections)
    {
        if (magic.Length != 8 || magic.Any(c => c > 127)) throw new ArgumentException("Magic must be 8 ASCII characters.", nameof(magic));
        Magic = magic;
        Version = version;
        Metadata = metadata;
        Sections = sections;
    }

    /// <summary>Serialised bytes of a module's state (parameters and buffers).</summary>
    public static byte[] ModuleBytes(torch.nn.Module module)
    {
        using var memory = new MemoryStream();
        module.save(memory);
        return memory.ToArray();
    }

    /// <summary>Serialised bytes of an optimiser's state (step counts and moment estimates).</summary>
    public static byte[] OptimizerBytes(torch.optim.Optimizer optimizer)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
            ((TorchSharp.Modules.OptimizerHelper)optimizer).save_state_dict(writer);
        return memory.ToArray();
    }

    /// <summary>Loads a section into a module, reporting libtorch errors (shape or name mismatch) against <paramref name="source"/>.</summary>
    public void LoadModule(torch.nn.Module module, string section, string source)
    {
        var bytes = Section(section, source);
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            module.load(memory, strict: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or EndOfStreamException or IOException or ExternalException)
        {
            throw new ModelFormatException(source, $"section '{section}' does not fit the network it describes ({e.Message}).", e);
        }
    }

    /// <summary>Loads a section into an optimiser built over the same parameters.</summary>
    public void LoadOptimizer(torch.optim.Optimizer optimizer, string section, string source)
    {
        var bytes = Section(section, source);
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            using var reader = new BinaryReader(memory);
            ((TorchSharp.Modules.OptimizerHelper)optimizer).load_state_dict(reader);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or EndOfStreamException or IOException or ExternalException)
        {
            throw new ModelFormatException(source, $"optimiser section '{section}' does not fit ({e.Message}).", e);
        }
    }

    /// <summary>A section's bytes, or a clear error when it is missing.</summary>
    public byte[] Section(string name, string source) =>
        Sections.TryGetValue(name, out var bytes) ? bytes : throw new ModelFormatException(source, $"section '{name}' is missing.");

    /// <summary>Writes the container to <paramref name="stream"/>.</summary>
    public void Write(Stream stream)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(Version);
            var metadata = Encoding.UTF8.GetBytes(Metadata);
            writer.Write(metadata.Length);
            writer.Write(metadata);
            writer.Write(Sections.Count);
            foreach (var (name, bytes) in Sections)
            {
                var nameBytes = Encoding.UTF8.GetBytes(name);
                writer.Write(nameBytes.Length);
                writer.Write(nameBytes);
                writer.Write((long)bytes.Length);
                writer.Write(bytes);
            }
        }
        var body = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        stream.Write(body);
        stream.Write(SHA256.HashData(body));
    }

    /// <summary>
    /// Reads and validates a container of kind <paramref name="magic"/> with a version in 1…<paramref name="maxVersion"/>;
    /// <paramref name="source"/> names the file in errors.
    /// </summary>
    public static ModelContainer Read(Stream stream, string magic, int maxVersion, string source)
    {
        byte[] data;
        try
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            data = memory.ToArray();
        }
        catch (IOException e)
        {
            throw new ModelFormatException(source, $"could not be read ({e.Message}).", e);
        }
        int headerLength = 8 + 4 + 4;
        if (data.Length < headerLength + 4 + DigestLength)
            throw new ModelFormatException(source, $"is truncated ({data.Length} bytes; not a {magic} file).");
        string foundMagic = Encoding.ASCII.GetString(data, 0, 8);
        if (foundMagic != magic)
            throw new ModelFormatException(source, $"is not a {magic} file (starts with '{Printable(foundMagic)}').");
        var body = data.AsSpan(0, data.Length - DigestLength);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(data.AsSpan(data.Length - DigestLength)))
            throw new ModelFormatException(source, "is damaged: its SHA-256 digest does not match its content (truncated or altered file).");

        int position = 8;
        int version = ReadInt32(data, ref position, source);
        if (version < 1 || version > maxVersion)
            throw new ModelFormatException(source, $"has format version {version}; this build reads versions 1 to {maxVersion}.");
        int metadataLength = ReadInt32(data, ref position, source);
        string metadata = Encoding.UTF8.GetString(Take(data, ref position, metadataLength, body.Length, source, "metadata"));
        int count = ReadInt32(data, ref position, source);
        if (count < 0 || count > 1024) throw new ModelFormatException(source, $"declares {count} sections.");
        var sections = new Dictionary<string, byte[]>(count);
        for (int i = 0; i < count; i++)
        {
            int nameLength = ReadInt32(data, ref position, source);
            if (nameLength is < 0 or > MaxNameLength) throw new ModelFormatException(source, $"section {i} has a name of {nameLength} bytes.");
            string name = Encoding.UTF8.GetString(Take(data, ref position, nameLength, body.Length, source, $"section {i} name"));
            if (position + 8 > body.Length) throw new ModelFormatException(source, $"ends inside section '{name}'.");
            long length = BitConverter.ToInt64(data, position);
            position += 8;
            if (length < 0 || length > body.Length - position)
                throw new ModelFormatException(source, $"section '{name}' declares {length} bytes but only {body.Length - position} remain.");
            sections[name] = Take(data, ref position, (int)length, body.Length, source, $"section '{name}'");
        }
        if (position != body.Length)
            throw new ModelFormatException(source, $"has {body.Length - position} unexpected bytes after its sections.");
        return new ModelContainer(magic, version, metadata, sections);
    }

    private static int ReadInt32(byte[] data, ref int position, string source)
    {
        if (position + 4 > data.Length - DigestLength) throw new ModelFormatException(source, "ends inside its header.");
        int value = BitConverter.ToInt32(data, position);
        position += 4;
        return value;
    }

    private static byte[] Take(byte[] data, ref int position, int length, int end, string source, string what)
    {
        if (length < 0 || length > end - position)
            throw new ModelFormatException(source, $"{what} declares {length} bytes but only {end - position} remain.");
        var bytes = data.AsSpan(position, length).ToArray();
        position += length;
        return bytes;
    }

    private static string Printable(string text) => new(text.Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray());
}
