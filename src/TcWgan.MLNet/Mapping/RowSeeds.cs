using Microsoft.ML.Data;

namespace TcWgan.MLNet.Mapping;

/// <summary>Per-row seeds derived from a base seed and the row's id, so the same data and seed give the same draws.</summary>
internal static class RowSeeds
{
    /// <summary>A SplitMix64 mix of <paramref name="seed"/> and both halves of <paramref name="rowId"/>.</summary>
    public static long For(long seed, DataViewRowId rowId)
    {
        ulong x = Mix((ulong)seed ^ 0x9E3779B97F4A7C15UL);
        x = Mix(x ^ rowId.Low);
        x = Mix(x ^ rowId.High);
        return (long)(x & 0x7FFF_FFFF_FFFF_FFFFUL);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
