namespace TcWgan.MLNet.Mapping;

/// <summary>Copies a float vector column of the current row into a dense array.</summary>
internal static class VectorReader
{
    /// <summary>
    /// A function filling one array, reused from call to call, with the current row's vector: for readers that copy
    /// what they keep (a face window is 94 KB, so a fresh array per row is large-object-heap garbage).
    /// </summary>
    public static Func<float[]> CreateReusing(DataViewRow row, DataViewSchema.Column column)
    {
        var get = row.GetGetter<VBuffer<float>>(column);
        VBuffer<float> buffer = default;
        float[] dense = [];
        return () =>
        {
            get(ref buffer);
            if (dense.Length != buffer.Length) dense = new float[buffer.Length];
            buffer.CopyTo(dense);
            return dense;
        };
    }

    /// <summary>A function returning a copy of the current row's vector.</summary>
    public static Func<float[]> Create(DataViewRow row, DataViewSchema.Column column)
    {
        var get = row.GetGetter<VBuffer<float>>(column);
        VBuffer<float> buffer = default;
        return () =>
        {
            get(ref buffer);
            var dense = new float[buffer.Length];
            buffer.CopyTo(dense);
            return dense;
        };
    }
}
