using System.Text;

namespace TcWgan.MLNet.Persistence;

/// <summary>
/// What one of our transformers writes into its entry of an ML.NET model .zip: its kind, the options as JSON and
/// named binary blobs (weights), as one <see cref="ChecksummedContainer"/> (magic <c>TCWGANML</c>) behind an int64
/// length. The byte layout is documented in <c>Persistence/FORMAT.md</c>.
/// </summary>
/// <param name="Kind">Which transformer wrote it (a key of <see cref="TransformerKinds"/>).</param>
/// <param name="OptionsJson">The transformer's settings and column names, as JSON.</param>
/// <param name="Blobs">Named binary blobs in write order (e.g. <c>generator</c> → the model's own stream format).</param>
internal sealed record ModelPayload(string Kind, string OptionsJson, IReadOnlyList<KeyValuePair<string, byte[]>> Blobs)
{
    /// <summary>The container's magic: ASCII <c>TCWGANML</c>.</summary>
    public const string Magic = "TCWGANML";

    /// <summary>The payload format version this code writes and reads (2: one checksummed container).</summary>
    public const int FormatVersion = 2;

    /// <summary>The section holding <see cref="OptionsJson"/>; blobs take any other name.</summary>
    private const string OptionsSection = "options";

    /// <summary>The blob named <paramref name="name"/>; throws <see cref="InvalidDataException"/> when absent.</summary>
    public byte[] Blob(string name) =>
        Blobs.FirstOrDefault(b => b.Key == name).Value
        ?? throw new InvalidDataException($"TcWgan model entry '{Kind}' has no '{name}' blob.");

    /// <summary>Writes the payload: int64 length, then the container (metadata = kind, sections = options and blobs).</summary>
    public void Write(BinaryWriter writer)
    {
        if (Blobs.Any(b => b.Key == OptionsSection)) throw new ArgumentException($"A blob may not be named '{OptionsSection}'.");
        var sections = Blobs.Prepend(new(OptionsSection, Encoding.UTF8.GetBytes(OptionsJson)));
        byte[] image = new ChecksummedContainer(Magic, FormatVersion, Kind, sections).ToBytes();
        writer.Write((long)image.Length);
        writer.Write(image);
    }

    /// <summary>
    /// Reads and verifies a payload. Throws <see cref="InvalidDataException"/> naming <paramref name="source"/> and the
    /// reason for a foreign entry, another format version, a truncated entry or a digest that does not match.
    /// </summary>
    public static ModelPayload Read(BinaryReader reader, string source)
    {
        long length;
        byte[] image;
        try
        {
            byte[] head = reader.ReadBytes(8);
            if (head.Length < 8) throw new EndOfStreamException();
            if (head.AsSpan().SequenceEqual(Encoding.ASCII.GetBytes(Magic))) // version 1 began with the magic, not a length
                throw new ContainerFormatException(source, $"has TcWgan.MLNet model format version 1; this build reads version {FormatVersion} only. " +
                                                           "Re-save the model with a matching TcWgan.MLNet.");
            length = BitConverter.ToInt64(head);
            if (length is < 0 or > int.MaxValue) throw new ContainerFormatException(source, $"is damaged (TcWgan.MLNet entry of {length} bytes).");
            image = reader.ReadBytes((int)length);
        }
        catch (EndOfStreamException e)
        {
            throw new ContainerFormatException(source, "is truncated (TcWgan.MLNet model entry).", e);
        }
        if (image.Length != length)
            throw new ContainerFormatException(source, $"is truncated ({image.Length} of {length} bytes of its TcWgan.MLNet entry).");
        var container = ChecksummedContainer.Read(image, Magic, FormatVersion, source);
        if (container.Version != FormatVersion)
            throw new ContainerFormatException(source, $"has TcWgan.MLNet model format version {container.Version}; this build reads version {FormatVersion} only.");
        string options = Encoding.UTF8.GetString(container.Section(OptionsSection, source));
        return new ModelPayload(container.Metadata, options, container.Sections.Where(s => s.Key != OptionsSection).ToList());
    }
}
