using System.Buffers.Binary;

namespace TcWgan.Demo;

/// <summary>
/// Writes mono 16-bit PCM WAV files byte-for-byte deterministically (samples clamped to [−1, 1], rounded to
/// nearest). Kept here so the corpus writer does not depend on when other projects' I/O changes.
/// </summary>
public static class PcmWav
{
    /// <summary>The bytes of a mono 16-bit PCM WAV file holding <paramref name="samples"/>.</summary>
    public static byte[] Encode(ReadOnlySpan<float> samples, int sampleRate)
    {
        if (sampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "Sample rate must be positive.");
        int dataBytes = samples.Length * 2;
        var bytes = new byte[44 + dataBytes];
        var s = bytes.AsSpan();
        "RIFF"u8.CopyTo(s);
        BinaryPrimitives.WriteInt32LittleEndian(s[4..], 36 + dataBytes);
        "WAVE"u8.CopyTo(s[8..]);
        "fmt "u8.CopyTo(s[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(s[20..], 1);       // PCM
        BinaryPrimitives.WriteInt16LittleEndian(s[22..], 1);       // mono
        BinaryPrimitives.WriteInt32LittleEndian(s[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(s[28..], sampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(s[32..], 2);       // block align
        BinaryPrimitives.WriteInt16LittleEndian(s[34..], 16);      // bits
        "data"u8.CopyTo(s[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[40..], dataBytes);
        for (int i = 0; i < samples.Length; i++)
        {
            float v = Math.Clamp(samples[i], -1f, 1f);
            BinaryPrimitives.WriteInt16LittleEndian(s[(44 + 2 * i)..], (short)Math.Round(v * 32767f));
        }
        return bytes;
    }

    /// <summary>Writes <paramref name="samples"/> to <paramref name="path"/> (folders created as needed).</summary>
    public static void Write(string path, ReadOnlySpan<float> samples, int sampleRate)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllBytes(path, Encode(samples, sampleRate));
    }
}
