using Microsoft.ML;
using Microsoft.ML.Data;

namespace TcWgan.MLNet.Mapping;

/// <summary>Copies a float vector column of the current row into a fresh dense array.</summary>
internal static class VectorReader
{
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
