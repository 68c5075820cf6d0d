using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>Copies selected flat rows into one tensor on a device.</summary>
internal static class Batches
{
    /// <summary>
    /// Rows <paramref name="indices"/> of <paramref name="rows"/> as a tensor of shape (B, <paramref name="shape"/>…).
    /// <paramref name="buffer"/> is reused between calls of the same size (torch.tensor copies it), which keeps
    /// large-object-heap allocations, and with them GC pauses, out of the training loop.
    /// </summary>
    public static Tensor Gather(IReadOnlyList<float[]> rows, IReadOnlyList<int> indices, long[] shape, Device device, ref float[]? buffer)
    {
        int length = (int)shape.Aggregate(1L, (a, b) => a * b);
        if (buffer is null || buffer.Length != indices.Count * length) buffer = new float[indices.Count * length];
        for (int i = 0; i < indices.Count; i++) Array.Copy(rows[indices[i]], 0, buffer, i * length, length);
        using var cpu = tensor(buffer, [indices.Count, .. shape]); // (B, …)
        return cpu.to(device);
    }

    /// <summary>A span of flat rows as a tensor (B, <paramref name="shape"/>…) on a device.</summary>
    public static Tensor FromSpan(ReadOnlySpan<float> values, long[] shape, Device device)
    {
        long length = shape.Aggregate(1L, (a, b) => a * b);
        long batch = values.Length / length;
        using var cpu = tensor(values.ToArray(), [batch, .. shape]); // (B, …)
        return cpu.to(device);
    }

    /// <summary>Labels as an int64 tensor (B).</summary>
    public static Tensor Labels(IReadOnlyList<int> labels, IReadOnlyList<int> indices, Device device)
    {
        var values = new long[indices.Count];
        for (int i = 0; i < values.Length; i++) values[i] = labels[indices[i]];
        using var cpu = tensor(values);
        return cpu.to(device);
    }

    /// <summary><paramref name="count"/> indices drawn uniformly with replacement from [0, <paramref name="range"/>).</summary>
    public static int[] Sample(Random random, int range, int count)
    {
        var indices = new int[count];
        for (int i = 0; i < count; i++) indices[i] = random.Next(range);
        return indices;
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
}
