namespace TcWgan.Nn;

/// <summary>Labelled training rows kept on the training device, gathered by index (no host copies per batch).</summary>
internal interface IBatchSource : IDisposable
{
    int Count { get; }

    /// <summary>Class index of every row: (N) int64 on the device.</summary>
    Tensor Labels { get; }

    /// <summary>The rows <paramref name="indices"/> ((B) int64 on the device) as a float batch (B, …).</summary>
    Tensor Inputs(Tensor indices);
}

/// <summary>Rows of one float tensor (N, …), e.g. spectrogram images (N, 3, 28, 112).</summary>
internal sealed class TensorBatches(Tensor rows, Tensor labels) : IBatchSource
{
    public Tensor Rows => rows;
    public int Count => (int)rows.shape[0];
    public Tensor Labels => labels;
    public Tensor Inputs(Tensor indices) => rows.index_select(0, indices); // (B, …)

    /// <summary>Flat rows of <paramref name="shape"/> and their labels, copied to <paramref name="device"/>.</summary>
    public static TensorBatches From(IReadOnlyList<float[]> rows, IReadOnlyList<int> labels, long[] shape, Device device)
    {
        using var cpu = tensor(Batches.Flatten(rows, shape), [rows.Count, .. shape]);
        return new TensorBatches(cpu.to(device), Batches.Longs(labels, device));
    }

    public void Dispose()
    {
        rows.Dispose();
        labels.Dispose();
    }
}

/// <summary>
/// Face windows stored as bytes (W, 10, 3, 28, 28) on the device — a quarter of the float size — and turned into
/// [0, 1] floats per batch; each window's label is its clip's.
/// </summary>
internal sealed class WindowBatches(Tensor windowBytes, Tensor labels) : IBatchSource
{
    public int Count => (int)windowBytes.shape[0];
    public Tensor Labels => labels;

    public Tensor Inputs(Tensor indices)
    {
        using var bytes = windowBytes.index_select(0, indices);   // (B, 10, 3, 28, 28) uint8
        using var floats = bytes.to_type(ScalarType.Float32);
        return ScalarMath.Mul(floats, 1.0 / 255);                  // (B, 10, 3, 28, 28) in [0, 1]
    }

    public void Dispose() { } // the tensors belong to the caller
}
