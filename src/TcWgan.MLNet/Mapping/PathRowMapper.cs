namespace TcWgan.MLNet.Mapping;

/// <summary>
/// The mapper of a loading stage: one path column (text) in, one vector column out, the paths of a batch decoded in
/// parallel. A path whose media cannot be read (<see cref="MissingValues.IsMediaFailure"/>) gets a NaN vector and one
/// warning naming the path, the reason and the column; the cursor never throws for a row.
/// </summary>
internal abstract class PathRowMapper(string inputColumn, OutputColumn output, int batchSize, int length, Action<string> warn)
    : RowBatchMapper
{
    public override IReadOnlyList<string> InputColumns => [inputColumn];

    public override IReadOnlyList<OutputColumn> Outputs => [output];

    public override int BatchSize => batchSize;

    /// <summary>Length of the output vector.</summary>
    protected int VectorLength => length;

    /// <summary>What the stage says when a clip fails, before "(reason)", e.g. "LoadSpectrogram: 'a.wav' could not be decoded".</summary>
    protected abstract string Failure(string path);

    /// <summary>The vector of one path (throws on unreadable media).</summary>
    protected abstract float[] Compute(string path);

    public override Func<object> CreateInputReader(DataViewRow row)
    {
        var getter = row.GetGetter<ReadOnlyMemory<char>>(row.Schema[inputColumn]);
        return () =>
        {
            ReadOnlyMemory<char> text = default;
            getter(ref text);
            return text.ToString();
        };
    }

    public override void Map(IReadOnlyList<object> inputs, object[][] outputs) =>
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = BatchSize },
            i => outputs[i][0] = ComputeOrMissing((string)inputs[i]));

    private float[] ComputeOrMissing(string path)
    {
        try
        {
            if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("the path is empty");
            return Compute(path);
        }
        catch (Exception e) when (MissingValues.IsMediaFailure(e))
        {
            warn($"{Failure(path)} ({e.Message}); column '{output.Name}' is missing (NaN) for this row.");
            return MissingValues.Vector(length);
        }
    }
}
