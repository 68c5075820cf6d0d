using System.Buffers.Binary;

namespace TcWgan.Experiments.Samples;

/// <summary>
/// A spectrogram image on disk (<c>.f32</c>): ASCII magic <c>TCWSPEC1</c>, int32 channels, int32 height,
/// int32 width, float32 duration in seconds (0 = unknown), then channels·height·width little-endian float32 values
/// (channel-first, row 0 = lowest mel band). Written by the experiment for every sample it shows; read by
/// <c>tcwgan listen</c>.
/// </summary>
public static class SpectrogramFile
{
    private static ReadOnlySpan<byte> Magic => "TCWSPEC1"u8;
    private const int HeaderLength = 8 + 4 * 4;

    /// <summary>Writes an image of shape (3, 28, 112) atomically.</summary>
    public static void Write(string path, float[] image, double durationSeconds)
    {
        if (image.Length != Shapes.SpectrogramLength)
            throw new ArgumentException($"Expected {Shapes.SpectrogramLength} floats, got {image.Length}.", nameof(image));
        var bytes = new byte[HeaderLength + image.Length * 4];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), Shapes.Channels);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), Shapes.MelBands);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), Shapes.SpecFrames);
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(20), (float)durationSeconds);
        for (int i = 0; i < image.Length; i++)
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(HeaderLength + 4 * i), image[i]);
        AtomicFile.WriteAllBytes(path, bytes);
    }

    /// <summary>Reads a file written by <see cref="Write"/>; a wrong header or length is an error naming the file.</summary>
    public static (float[] Image, double DurationSeconds) Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
            throw new InvalidDataException($"{path}: not a spectrogram file (missing TCWSPEC1 header).");
        int c = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        int h = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        int w = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(16));
        if (c != Shapes.Channels || h != Shapes.MelBands || w != Shapes.SpecFrames)
            throw new InvalidDataException($"{path}: shape ({c}, {h}, {w}), expected ({Shapes.Channels}, {Shapes.MelBands}, {Shapes.SpecFrames}).");
        if (bytes.Length != HeaderLength + 4 * c * h * w)
            throw new InvalidDataException($"{path}: {bytes.Length} bytes, expected {HeaderLength + 4 * c * h * w} (truncated?).");
        double duration = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(20));
        var image = new float[c * h * w];
        for (int i = 0; i < image.Length; i++)
            image[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(HeaderLength + 4 * i));
        return (image, duration);
    }
}
