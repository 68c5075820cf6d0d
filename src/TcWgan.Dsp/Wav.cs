using System.Buffers.Binary;
using System.Text;

namespace TcWgan.Dsp;

/// <summary>
/// Minimal RIFF/WAVE reader and writer. Reads PCM (8/16/24/32-bit) and IEEE float (32/64-bit), plain or
/// WAVE_FORMAT_EXTENSIBLE, any channel count (averaged to mono); writes 16-bit PCM mono.
/// </summary>
public static class Wav
{
    private const ushort FormatPcm = 1, FormatFloat = 3, FormatExtensible = 0xFFFE;

    /// <summary>
    /// Reads a WAV file as mono samples in [−1, 1] and its sample rate. Throws <see cref="ClipException"/> naming the
    /// file for an empty, non-WAV, truncated or unsupported file, and <see cref="FileNotFoundException"/> if it is missing.
    /// </summary>
    public static (float[] Samples, int SampleRate) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0) throw new ClipException(path, SkipReason.EmptyFile, "the WAV file is empty.");
        if (bytes.Length < 12 || Ascii(bytes, 0) != "RIFF" || Ascii(bytes, 8) != "WAVE")
            throw new ClipException(path, SkipReason.WrongContainer, "not a WAV file (no RIFF/WAVE header).");

        ushort format = 0, channels = 0, bits = 0, blockAlign = 0;
        int sampleRate = 0;
        bool haveFormat = false;
        int pos = 12;
        while (pos + 8 <= bytes.Length)
        {
            string id = Ascii(bytes, pos);
            uint size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(pos + 4));
            int body = pos + 8;
            if (id == "fmt ")
            {
                if (size < 16 || body + 16 > bytes.Length)
                    throw new ClipException(path, SkipReason.Truncated, "the WAV fmt chunk is shorter than 16 bytes.");
                var f = bytes.AsSpan(body);
                format = BinaryPrimitives.ReadUInt16LittleEndian(f);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(f[2..]);
                sampleRate = BinaryPrimitives.ReadInt32LittleEndian(f[4..]);
                blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(f[12..]);
                bits = BinaryPrimitives.ReadUInt16LittleEndian(f[14..]);
                if (format == FormatExtensible)
                {
                    if (size < 40 || body + 40 > bytes.Length)
                        throw new ClipException(path, SkipReason.Truncated, "the WAVE_FORMAT_EXTENSIBLE fmt chunk is shorter than 40 bytes.");
                    format = BinaryPrimitives.ReadUInt16LittleEndian(f[24..]);   // first two bytes of the sub-format GUID
                }
                haveFormat = true;
            }
            else if (id == "data")
            {
                if (!haveFormat) throw new ClipException(path, SkipReason.DecodeFailed, "the WAV data chunk comes before any fmt chunk.");
                int available = bytes.Length - body;
                // 0 and 0xFFFFFFFF are what streaming writers leave when they cannot seek back: read to the end.
                long declared = size is 0 or uint.MaxValue ? available : size;
                if (declared > available)
                    throw new ClipException(path, SkipReason.Truncated, $"the WAV data chunk declares {declared} bytes but only {available} are present.");
                return (Decode(path, bytes.AsSpan(body, (int)declared), format, channels, bits, blockAlign), ValidRate(path, sampleRate));
            }
            long next = (long)body + size + (size & 1);                          // chunks are padded to even length
            if (next > bytes.Length) break;
            pos = (int)next;
        }
        throw new ClipException(path, haveFormat ? SkipReason.Truncated : SkipReason.DecodeFailed,
            haveFormat ? "the WAV file has no data chunk." : "the WAV file has no fmt chunk.");
    }

    /// <summary>Writes mono samples as a 16-bit PCM WAV (values clamped to [−1, 1], scaled by 32767 and rounded).</summary>
    public static void Write(string path, float[] mono, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllBytes(path, Encode(mono, sampleRate, path));
    }

    /// <summary>
    /// The bytes of a 16-bit PCM mono WAV file holding <paramref name="mono"/> (see <see cref="Write"/>); error
    /// messages start with <paramref name="path"/>.
    /// </summary>
    public static byte[] Encode(float[] mono, int sampleRate, string path = "WAV")
    {
        ArgumentNullException.ThrowIfNull(mono);
        if (sampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, $"{path}: sample rate must be positive.");
        for (int i = 0; i < mono.Length; i++)
            if (!float.IsFinite(mono[i])) throw new ArgumentException($"{path}: sample {i} is {mono[i]}; samples must be finite.", nameof(mono));
        long dataBytes = 2L * mono.Length;
        if (dataBytes > uint.MaxValue - 36) throw new ArgumentException($"{path}: {mono.Length} samples do not fit in one WAV file.", nameof(mono));

        var bytes = new byte[44 + dataBytes];
        var s = bytes.AsSpan();
        Encoding.ASCII.GetBytes("RIFF", s);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], (uint)(36 + dataBytes));
        Encoding.ASCII.GetBytes("WAVEfmt ", s[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(s[20..], FormatPcm);
        BinaryPrimitives.WriteUInt16LittleEndian(s[22..], 1);                 // channels
        BinaryPrimitives.WriteInt32LittleEndian(s[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(s[28..], sampleRate * 2);     // byte rate
        BinaryPrimitives.WriteUInt16LittleEndian(s[32..], 2);                 // block align
        BinaryPrimitives.WriteUInt16LittleEndian(s[34..], 16);                // bits
        Encoding.ASCII.GetBytes("data", s[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(s[40..], (uint)dataBytes);
        for (int i = 0; i < mono.Length; i++)
        {
            short v = (short)Math.Round(Math.Clamp(mono[i], -1f, 1f) * 32767.0);
            BinaryPrimitives.WriteInt16LittleEndian(s[(44 + 2 * i)..], v);
        }
        return bytes;
    }

    private static float[] Decode(string path, ReadOnlySpan<byte> data, ushort format, ushort channels, ushort bits, ushort blockAlign)
    {
        if (channels == 0) throw new ClipException(path, SkipReason.DecodeFailed, "the WAV fmt chunk declares 0 channels.");
        bool pcm = format == FormatPcm && bits is 8 or 16 or 24 or 32;
        bool flt = format == FormatFloat && bits is 32 or 64;
        if (!pcm && !flt)
            throw new ClipException(path, SkipReason.DecodeFailed,
                $"unsupported WAV encoding (format tag {format}, {bits} bits); only PCM 8/16/24/32-bit and float 32/64-bit are read.");
        int bytesPerSample = bits / 8;
        int frameBytes = Math.Max(blockAlign, bytesPerSample * channels);   // a too-small block align is ignored
        int frames = data.Length / frameBytes;
        var mono = new float[frames];
        for (int i = 0; i < frames; i++)
        {
            double sum = 0;
            for (int c = 0; c < channels; c++)
                sum += Sample(data.Slice(i * frameBytes + c * bytesPerSample, bytesPerSample), flt, bits);
            mono[i] = (float)(sum / channels);
        }
        return mono;
    }

    private static double Sample(ReadOnlySpan<byte> b, bool isFloat, int bits) => (isFloat, bits) switch
    {
        (true, 32) => BinaryPrimitives.ReadSingleLittleEndian(b),
        (true, _) => BinaryPrimitives.ReadDoubleLittleEndian(b),
        (false, 8) => (b[0] - 128) / 128.0,
        (false, 16) => BinaryPrimitives.ReadInt16LittleEndian(b) / 32768.0,
        (false, 24) => ((b[0] | b[1] << 8 | (sbyte)b[2] << 16)) / 8388608.0,
        _ => BinaryPrimitives.ReadInt32LittleEndian(b) / 2147483648.0,
    };

    private static int ValidRate(string path, int sampleRate) => sampleRate > 0
        ? sampleRate
        : throw new ClipException(path, SkipReason.DecodeFailed, $"the WAV fmt chunk declares sample rate {sampleRate}.");

    private static string Ascii(byte[] bytes, int offset) => Encoding.ASCII.GetString(bytes, offset, 4);
}
