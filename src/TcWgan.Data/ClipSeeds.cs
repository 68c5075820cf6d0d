using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TcWgan.Data;

/// <summary>Per-clip seeds derived deterministically (same on every machine and process) from a base seed and a clip id.</summary>
public static class ClipSeeds
{
    /// <summary>
    /// The SpecAugment seed of a clip: the first 4 bytes (little-endian) of SHA-256("augment", seed, clip id),
    /// masked to a non-negative int. Unlike <see cref="string.GetHashCode()"/> it does not change between runs.
    /// </summary>
    public static int Augment(int seed, string clipId)
    {
        ArgumentNullException.ThrowIfNull(clipId);
        byte[] text = Encoding.UTF8.GetBytes($"augment\u001f{seed.ToString(CultureInfo.InvariantCulture)}\u001f{clipId}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(text, hash);
        return BinaryPrimitives.ReadInt32LittleEndian(hash) & int.MaxValue;
    }
}
