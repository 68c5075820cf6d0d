namespace TcWgan.MLNet.Mapping;

/// <summary>
/// Shared <see cref="ITransformer"/> plumbing of our transformers (ML.NET's own base classes have internal
/// constructors): schema propagation, lazy <see cref="IDataView"/> output, row-to-row mapping for prediction
/// engines, and saving through <see cref="ModelPersistence"/>.
/// </summary>
public abstract class MappingTransformerBase : ITransformer
{
    private protected MappingTransformerBase(IHostEnvironment env, string name)
    {
        ArgumentNullException.ThrowIfNull(env);
        Host = env.Register(name);
    }

    /// <summary>The host used for warnings (they reach <c>MLContext.Log</c>).</summary>
    private protected IHost Host { get; }

    /// <inheritdoc />
    public bool IsRowToRowMapper => true;

    /// <inheritdoc />
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema) =>
        MappedSchema.Build(inputSchema, CreateMapper(inputSchema).Outputs);

    /// <inheritdoc />
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema) =>
        new MappedRowToRowMapper(inputSchema, CreateMapper(inputSchema));

    /// <inheritdoc />
    public IDataView Transform(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new MappedDataView(input, CreateMapper(input.Schema));
    }

    /// <inheritdoc />
    void ICanSaveModel.Save(ModelSaveContext ctx) => ModelPersistence.Save(ctx, ToPayload());

    /// <summary>Checks <paramref name="inputSchema"/> (throwing a message naming column, expected and actual type) and binds to it.</summary>
    private protected abstract RowBatchMapper CreateMapper(DataViewSchema inputSchema);

    /// <summary>The transformer's saved form.</summary>
    private protected abstract ModelPayload ToPayload();

    /// <summary>Sends a warning to the context's log.</summary>
    private protected void Warn(string message)
    {
        using var ch = Host.Start("Warnings");
        ch.Warning(MessageSensitivity.None, message);
    }
}
