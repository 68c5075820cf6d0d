namespace TcWgan.MLNet.Mapping;

/// <summary>
/// The computation behind one of our transformers, bound to an input schema: which input columns it reads, which
/// columns it adds, and a batched map from copied input values to output values. Rows are mapped in batches of
/// <see cref="BatchSize"/> so that model calls (and decoding) can work on many rows at once.
/// </summary>
internal abstract class RowBatchMapper
{
    /// <summary>Names of the input columns the outputs depend on.</summary>
    public abstract IReadOnlyList<string> InputColumns { get; }

    /// <summary>The added columns.</summary>
    public abstract IReadOnlyList<OutputColumn> Outputs { get; }

    /// <summary>Rows per <see cref="Map"/> call when cursoring.</summary>
    public abstract int BatchSize { get; }

    /// <summary>
    /// Returns a function that copies this mapper's inputs out of the current row of <paramref name="row"/>
    /// (the copy must not alias buffers the row reuses).
    /// </summary>
    public abstract Func<object> CreateInputReader(DataViewRow row);

    /// <summary>
    /// Maps a batch: <paramref name="outputs"/>[i][j] receives output column j of row i
    /// (a <c>float[]</c> for vectors, a boxed <see cref="uint"/> for keys). Never throws for a bad row: such a row
    /// gets missing values (NaN vectors, key 0) and a warning.
    /// </summary>
    public abstract void Map(IReadOnlyList<object> inputs, object[][] outputs);
}

/// <summary>
/// One column a mapper adds. Values are produced per row as <c>float[]</c> (for a vector of <see cref="float"/>) or
/// <see cref="uint"/> (for a key column).
/// </summary>
/// <param name="Name">Output column name.</param>
/// <param name="Type">A <see cref="VectorDataViewType"/> of <see cref="NumberDataViewType.Single"/> or a <see cref="KeyDataViewType"/>.</param>
/// <param name="Annotations">Annotations to attach (slot names, key values), or null.</param>
internal sealed record OutputColumn(string Name, DataViewType Type, DataViewSchema.Annotations? Annotations = null);
