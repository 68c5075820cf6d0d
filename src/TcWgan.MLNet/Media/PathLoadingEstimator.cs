namespace TcWgan.MLNet;

/// <summary>
/// The estimator half of a loading stage (<see cref="FaceWindowLoadingEstimator"/>, <see cref="SpectrogramLoadingEstimator"/>):
/// nothing to train; <c>Fit</c> and <c>GetOutputSchema</c> check that the input column holds paths (text) and name
/// the stage when it does not.
/// </summary>
/// <typeparam name="TTransformer">The stage's transformer.</typeparam>
public abstract class PathLoadingEstimator<TTransformer> : IEstimator<TTransformer> where TTransformer : class, ITransformer
{
    private readonly string _stage;

    private protected PathLoadingEstimator(IHostEnvironment env, string outputColumnName, string inputColumnName, string stage)
    {
        Env = env;
        OutputColumnName = outputColumnName;
        InputColumnName = inputColumnName;
        _stage = stage;
    }

    private protected IHostEnvironment Env { get; }
    private protected string OutputColumnName { get; }
    private protected string InputColumnName { get; }

    /// <summary>The type of the column the stage adds.</summary>
    private protected abstract DataViewType OutputType { get; }

    /// <summary>The stage's transformer for these columns and options.</summary>
    private protected abstract TTransformer Create();

    /// <inheritdoc />
    public TTransformer Fit(IDataView input)
    {
        ColumnChecks.Text(input.Schema, InputColumnName, _stage + " input");
        return Create();
    }

    /// <inheritdoc />
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ColumnChecks.Text(inputSchema, InputColumnName, _stage + " input");
        return MappedSchema.Build(inputSchema, [new OutputColumn(OutputColumnName, OutputType)]);
    }
}
