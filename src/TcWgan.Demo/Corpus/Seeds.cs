namespace TcWgan.Demo;

/// <summary>
/// Stable seed derivation: a child seed from a master seed and a text key (FNV-1a, 64-bit, folded), the same on
/// every machine and process (unlike <see cref="string.GetHashCode()"/>).
/// </summary>
public static class Seeds
{
    /// <summary>A seed for the thing named <paramref name="key"/> under master seed <paramref name="seed"/>.</summary>
    public static int Derive(int seed, string key)
    {
        ulong h = 14695981039346656037UL;
        void Mix(byte b) { h ^= b; h *= 1099511628211UL; }
        for (int i = 0; i < 4; i++) Mix((byte)(seed >> (8 * i)));
        foreach (char c in key) { Mix((byte)c); Mix((byte)(c >> 8)); }
        return (int)(h ^ (h >> 32)) & int.MaxValue;
    }

    /// <summary>A fresh <see cref="Random"/> for the thing named <paramref name="key"/>.</summary>
    public static Random Rng(int seed, string key) => new(Derive(seed, key));
}
