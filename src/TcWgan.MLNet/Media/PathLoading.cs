using System.Text.Json;

namespace TcWgan.MLNet;

/// <summary>
/// The transformer half of a loading stage (<see cref="FaceWindowLoadingTransformer"/>,
/// <see cref="SpectrogramLoadingTransformer"/>): one path column (text) in, one vector column out; what it saves is the
/// two column names and its options, as JSON.
/// </summary>
/// <typeparam name="TOptions">The stage's options record.</typeparam>
public abstract class PathLoadingTransformer<TOptions> : MappingTransformerBase where TOptions : class
{
    private readonly string _kind;

    private protected PathLoadingTransformer(IHostEnvironment env, string kind, string outputColumnName,
        string inputColumnName, TOptions options) : base(env, kind)
    {
        _kind = kind;
        OutputColumnName = outputColumnName;
        InputColumnName = inputColumnName;
        Options = options;
    }

    /// <summary>Name of the added column.</summary>
    public string OutputColumnName { get; }

    /// <summary>Name of the path column read.</summary>
    public string InputColumnName { get; }

    /// <summary>Settings used.</summary>
    public TOptions Options { get; }

    /// <summary>The stage's mapper, bound to an input schema whose path column is text.</summary>
    private protected abstract RowBatchMapper CreatePathMapper();

    private protected sealed override RowBatchMapper CreateMapper(DataViewSchema inputSchema)
    {
        ColumnChecks.Text(inputSchema, InputColumnName, _kind + " input");
        return CreatePathMapper();
    }

    private protected sealed override ModelPayload ToPayload() =>
        new(_kind, JsonSerializer.Serialize(new Saved(OutputColumnName, InputColumnName, Options)), []);

    /// <summary>The column names and options a stage of kind <paramref name="kind"/> saved.</summary>
    private protected static Saved ReadSaved(ModelPayload payload, string kind) => SavedSettings.Read<Saved>(payload, kind);

    /// <summary>What a loading stage saves.</summary>
    private protected sealed record Saved(string Output, string Input, TOptions Options);
}

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
