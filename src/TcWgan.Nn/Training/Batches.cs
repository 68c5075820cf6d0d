namespace TcWgan.Nn;

/// <summary>Host spans to device tensors for inference (flat rows, per-sample noise) and the row chunks they run in.</summary>
internal static class Batches
{
    /// <summary>A span of flat rows as a tensor (B, <paramref name="shape"/>…) on a device.</summary>
    public static Tensor FromSpan(ReadOnlySpan<float> values, long[] shape, Device device)
    {
        long batch = values.Length / Elements(shape);
        using var cpu = tensor(values.ToArray(), [batch, .. shape]); // (B, …)
        return cpu.to(device);
    }

    /// <summary>Number of elements in one row of <paramref name="shape"/> (the product of its sizes).</summary>
    public static long Elements(long[] shape) => shape.Aggregate(1L, (a, b) => a * b);

    /// <summary>Rows of <paramref name="shape"/> laid end to end in one array (N × row length).</summary>
    public static T[] Flatten<T>(IReadOnlyList<T[]> rows, long[] shape)
    {
        long length = Elements(shape);
        var flat = new T[rows.Count * length];
        for (int i = 0; i < rows.Count; i++) rows[i].AsSpan().CopyTo(flat.AsSpan((int)(i * length)));
        return flat;
    }

    /// <summary>Class or row indices as an int64 tensor (N) on a device.</summary>
    public static Tensor Longs(IEnumerable<int> values, Device device)
    {
        using var cpu = tensor(values.Select(v => (long)v).ToArray());
        return cpu.to(device);
    }

    /// <summary>Per-sample noise (B, 32): row i drawn from a CPU generator seeded with seeds[i] only.</summary>
    public static Tensor NoiseFromSeeds(ReadOnlySpan<long> seeds, Device device)
    {
        var rows = new Tensor[seeds.Length];
        try
        {
            for (int i = 0; i < seeds.Length; i++)
            {
                using var generator = new Generator(unchecked((ulong)seeds[i]), CPU);
                rows[i] = randn([Shapes.Noise], generator: generator); // (32)
            }
            using var stacked = stack(rows); // (B, 32)
            return stacked.to(device);
        }
        finally
        {
            foreach (var row in rows) row?.Dispose();
        }
    }

    /// <summary>
    /// The row ranges [Start, Start + Count) that cover <paramref name="rows"/> rows in chunks of
    /// <paramref name="chunk"/>: inference and calibration run over chunks so memory stays bounded.
    /// </summary>
    public static IEnumerable<(int Start, int Count)> Chunks(int rows, int chunk = 256)
    {
        for (int start = 0; start < rows; start += chunk) yield return (start, Math.Min(chunk, rows - start));
    }
}
