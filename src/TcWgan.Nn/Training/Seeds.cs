namespace TcWgan.Nn;

/// <summary>
/// Derives independent per-step seeds from (run seed, step) with SplitMix64, so every step's random draws can be
/// replayed exactly after a resume without storing generator state.
/// </summary>
public static class Seeds
{
    /// <summary>A 63-bit seed for step <paramref name="step"/> of a run seeded with <paramref name="seed"/>.</summary>
    public static long Derive(long seed, long step)
    {
        ulong z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)step + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (long)(z & 0x7FFF_FFFF_FFFF_FFFFUL);
    }
}
