using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TcWgan;

/// <summary>
/// Every seed derivation of the solution, in one place. Each gives the same value on every machine and process
/// (unlike <see cref="string.GetHashCode()"/>), so a run, a cache entry or a rendered corpus can be reproduced.
/// Four, each kept because its values are already on disk (caches, corpora) or in checkpoints: a training step's
/// seed (SplitMix64), a named thing's seed (FNV-1a), a clip's SpecAugment seed (SHA-256) and its variants' seeds
/// (SplitMix64 of the clip's seed and the variant's index).
/// </summary>
public static class Seeds
{
    /// <summary>
    /// A 63-bit seed for step <paramref name="step"/> of a run seeded with <paramref name="seed"/> (SplitMix64): every
    /// training step reseeds its random sources from it, so steps replay exactly after a resume.
    /// </summary>
    public static long Derive(long seed, long step)
    {
        ulong z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)step + 0x632BE59BD9B4E019UL);
        return (long)(Mix64(z) & 0x7FFF_FFFF_FFFF_FFFFUL);
    }

    /// <summary>A seed for the thing named <paramref name="key"/> under master seed <paramref name="seed"/> (FNV-1a, 64-bit, folded).</summary>
    public static int Derive(int seed, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ulong h = 14695981039346656037UL;
        void Mix(byte b) { h ^= b; h *= 1099511628211UL; }
        for (int i = 0; i < 4; i++) Mix((byte)(seed >> (8 * i)));
        foreach (char c in key) { Mix((byte)c); Mix((byte)(c >> 8)); }
        return (int)(h ^ (h >> 32)) & int.MaxValue;
    }

    /// <summary>A fresh <see cref="Random"/> for the thing named <paramref name="key"/>.</summary>
    public static Random Rng(int seed, string key) => new(Derive(seed, key));

    /// <summary>
    /// The seed of SpecAugment variant <paramref name="index"/> of a clip whose variants are seeded with
    /// <paramref name="seed"/> (<see cref="ClipAugment"/>): the SplitMix64 finaliser of (seed, index) packed in 64 bits.
    /// </summary>
    public static int Variant(int seed, int index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        return (int)(Mix64(z) & 0x7FFFFFFF);
    }

    /// <summary>The SplitMix64 finaliser.</summary>
    private static ulong Mix64(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>
    /// The SpecAugment seed of a clip: the first 4 bytes (little-endian) of SHA-256("augment", seed, clip id), masked
    /// to a non-negative int (part of every prepared clip's cache key).
    /// </summary>
    public static int ClipAugment(int seed, string clipId)
    {
        ArgumentNullException.ThrowIfNull(clipId);
        byte[] text = Encoding.UTF8.GetBytes($"augment\u001f{seed.ToString(CultureInfo.InvariantCulture)}\u001f{clipId}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(text, hash);
        return BinaryPrimitives.ReadInt32LittleEndian(hash) & int.MaxValue;
    }
}
