using System.Text.Json;

namespace TcWgan.MLNet;

/// <summary>
/// Scores spectrogram images with a trained emotion classifier Q. Adds <c>Score</c> (<c>Vector&lt;Single, K&gt;</c>,
/// class probabilities in key order, slot names = the label's key values) and <c>PredictedLabel</c>
/// (<c>Key&lt;UInt32, K&gt;</c> with the label's key values), as ML.NET's multiclass trainers do, so
/// <c>mlContext.MulticlassClassification.Evaluate</c> and <c>MapKeyToValue</c> work on its output. A row with a missing
/// spectrogram gets NaN scores and key 0 (missing). Owns its network (dispose to free it).
/// </summary>
public sealed class SpectrogramCnnTransformer : MappingTransformerBase, IDisposable
{
    internal const string KindName = "SpectrogramCnn";
    private const string ClassifierBlob = "classifier";

    internal SpectrogramCnnTransformer(IHostEnvironment env, Settings settings, EmotionClassifier classifier)
        : base(env, nameof(SpectrogramCnnTransformer))
    {
        Columns = settings;
        Classifier = classifier;
    }

    internal Settings Columns { get; }

    /// <summary>The trained network.</summary>
    public EmotionClassifier Classifier { get; }

    /// <summary>Number of classes K (the label key count).</summary>
    public int ClassCount => Columns.ClassCount;

    /// <inheritdoc />
    public void Dispose() => Classifier.Dispose();

    /// <summary>The Score and PredictedLabel columns for <paramref name="settings"/>.</summary>
    internal static IReadOnlyList<OutputColumn> OutputsOf(Settings settings)
    {
        int k = settings.ClassCount;
        DataViewSchema.Annotations? slotNames = null, keyValues = null;
        if (settings.KeyNames is { } names)
        {
            ValueGetter<VBuffer<ReadOnlyMemory<char>>> get = (ref VBuffer<ReadOnlyMemory<char>> v) =>
                v = new VBuffer<ReadOnlyMemory<char>>(k, names.Select(n => n.AsMemory()).ToArray());
            var namesType = new VectorDataViewType(TextDataViewType.Instance, k);
            var s = new DataViewSchema.Annotations.Builder();
            s.Add("SlotNames", namesType, get);
            slotNames = s.ToAnnotations();
            var kv = new DataViewSchema.Annotations.Builder();
            kv.Add("KeyValues", namesType, get);
            keyValues = kv.ToAnnotations();
        }
        return
        [
            new(settings.Score, new VectorDataViewType(NumberDataViewType.Single, k), slotNames),
            new(settings.PredictedLabel, new KeyDataViewType(typeof(uint), k), keyValues),
        ];
    }

    private protected override RowBatchMapper CreateMapper(DataViewSchema inputSchema)
    {
        ColumnChecks.FloatVector(inputSchema, Columns.Features, Shapes.SpectrogramLength, "SpectrogramCnn feature");
        return new Mapper(this);
    }

    private protected override ModelPayload ToPayload()
    {
        using var weights = new MemoryStream();
        Classifier.Save(weights);
        return new ModelPayload(KindName, JsonSerializer.Serialize(Columns), [new(ClassifierBlob, weights.ToArray())]);
    }

    internal static ITransformer Load(IHostEnvironment env, ModelPayload payload)
    {
        var settings = SavedSettings.Read<Settings>(payload, KindName);
        SavedSettings.Check(KindName, settings.Validate());
        using var weights = new MemoryStream(payload.Blob(ClassifierBlob), writable: false);
        var classifier = SavedSettings.Weights(KindName, () => EmotionClassifier.Load(weights, LoadDevice.For(env)));
        return new SpectrogramCnnTransformer(env, settings, classifier);
    }

    /// <summary>What the transformer saves besides the weights (<see cref="Device"/>: where it trained, for information; loading picks its own).</summary>
    internal sealed record Settings(string Features, string Score, string PredictedLabel, int ClassCount,
        string[]? KeyNames, int BatchSize, string Device)
    {
        /// <summary>Every problem with saved settings (a damaged or hand-edited .zip).</summary>
        public IReadOnlyList<string> Validate()
        {
            var errors = new List<string>();
            foreach (var (name, value) in new[] { ("Features", Features), ("Score", Score), ("PredictedLabel", PredictedLabel) })
                if (string.IsNullOrWhiteSpace(value)) errors.Add($"{name} column name is empty.");
            if (ClassCount is < 1 or > Emotions.Count) errors.Add($"ClassCount is {ClassCount}; must be 1 to {Emotions.Count}.");
            if (KeyNames is not null && KeyNames.Length != ClassCount) errors.Add($"{KeyNames.Length} key names for {ClassCount} classes.");
            if (BatchSize < 1) errors.Add($"BatchSize is {BatchSize}; must be ≥ 1.");
            return errors;
        }
    }

    private sealed class Mapper(SpectrogramCnnTransformer owner) : RowBatchMapper
    {
        public override IReadOnlyList<string> InputColumns => [owner.Columns.Features];

        public override IReadOnlyList<OutputColumn> Outputs { get; } = OutputsOf(owner.Columns);

        public override int BatchSize => owner.Columns.BatchSize;

        public override Func<object> CreateInputReader(DataViewRow row)
        {
            var read = VectorReader.Create(row, row.Schema[owner.Columns.Features]);
            return () => read();
        }

        public override void Map(IReadOnlyList<object> inputs, object[][] outputs)
        {
            int k = owner.Columns.ClassCount;
            var valid = Enumerable.Range(0, inputs.Count).Where(i => !MissingValues.IsMissing((float[])inputs[i])).ToList();
            foreach (int i in Enumerable.Range(0, inputs.Count).Except(valid))
            {
                outputs[i][0] = MissingValues.Vector(k);
                outputs[i][1] = 0u;
            }
            if (valid.Count == 0) return;
            var batch = new float[valid.Count * Shapes.SpectrogramLength];   // (B, 3, 28, 112)
            for (int j = 0; j < valid.Count; j++) ((float[])inputs[valid[j]]).CopyTo(batch, j * Shapes.SpectrogramLength);
            float[] probabilities = owner.Classifier.Probabilities(batch);  // (B, 6)
            for (int j = 0; j < valid.Count; j++)
            {
                var p = probabilities.AsSpan(j * Emotions.Count, k).ToArray();
                float sum = 0;
                foreach (float v in p) sum += v;
                int best = 0;
                for (int c = 0; c < k; c++)
                {
                    p[c] = sum > 0 ? p[c] / sum : 1f / k;
                    if (p[c] > p[best]) best = c;
                }
                outputs[valid[j]][0] = p;
                outputs[valid[j]][1] = (uint)(best + 1);
            }
        }
    }
}

/// <summary>
/// The paper's spectrogram CNN Q as an ML.NET multiclass trainer: trains on a spectrogram feature column and a key label
/// column (at most six classes; key k is trained as class k − 1) and returns a <see cref="SpectrogramCnnTransformer"/>.
/// </summary>
public sealed class SpectrogramCnnTrainer : IEstimator<SpectrogramCnnTransformer>
{
    private readonly IHostEnvironment _env;
    private readonly SpectrogramCnnOptions _options;

    internal SpectrogramCnnTrainer(IHostEnvironment env, SpectrogramCnnOptions? options)
    {
        _env = env;
        _options = options ?? new SpectrogramCnnOptions();
        OptionChecks.ThrowIfAny(_options.Validate(), nameof(SpectrogramCnnOptions), nameof(options));
    }

    /// <inheritdoc />
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ColumnChecks.FloatVector(inputSchema, _options.FeatureColumnName, "SpectrogramCnn feature");
        var label = ColumnChecks.Key(inputSchema, _options.LabelColumnName, "SpectrogramCnn label");
        // The class count is only known from data; the shape carries Score as a known-size vector and a key PredictedLabel.
        var settings = new SpectrogramCnnTransformer.Settings(_options.FeatureColumnName, _options.ScoreColumnName, _options.PredictedLabelColumnName,
            Emotions.Count, null, _options.ScoringBatchSize, _options.Classifier.Device);
        var outputs = SpectrogramCnnTransformer.OutputsOf(settings);
        bool hasKeyValues = label.Annotations is { } a && MappedSchema.TryFind(a, "KeyValues", out _);
        if (hasKeyValues) outputs = SpectrogramCnnTransformer.OutputsOf(settings with { KeyNames = Emotions.Names.ToArray() });
        return MappedSchema.Build(inputSchema, outputs);
    }

    /// <inheritdoc />
    public SpectrogramCnnTransformer Fit(IDataView input) => Fit(input, null);

    /// <summary>
    /// Trains on <paramref name="trainData"/>; with <paramref name="validationData"/> (the same columns, e.g. transformed by
    /// the same preceding stages) the epoch with the lowest validation loss after the warm-up is kept and training stops early.
    /// </summary>
    public SpectrogramCnnTransformer Fit(IDataView trainData, IDataView? validationData)
    {
        ArgumentNullException.ThrowIfNull(trainData);
        var (spectrograms, labels, key, names) = ReadRows(trainData, "training");
        (IReadOnlyList<float[]>, IReadOnlyList<int>)? validation = null;
        if (validationData is not null)
        {
            var (vs, vl, _, _) = ReadRows(validationData, "validation");
            if (vs.Count > 0) validation = (vs, vl);
        }
        using var ch = _env.Start(nameof(SpectrogramCnnTrainer));
        ch.Info(MessageSensitivity.None, $"SpectrogramCnn: {spectrograms.Count} training rows, {(validation is { } v ? v.Item1.Count : 0)} validation rows, up to {_options.Classifier.Epochs} epochs.");
        var perEpoch = new SyncProgress<ClassifierEpoch>(e => ch.Info(MessageSensitivity.None,
            $"SpectrogramCnn epoch {e.Epoch + 1}/{_options.Classifier.Epochs}: train loss {e.TrainLoss:F3}, accuracy {e.TrainAccuracy:P1}" +
            (e.ValidationAccuracy is { } va ? $", validation loss {e.ValidationLoss:F3}, accuracy {va:P1}" : "")));
        var classifier = EmotionClassifier.Train(spectrograms, labels, _options.Classifier, validation, perEpoch, _options.CancellationToken);
        ch.Info(MessageSensitivity.None, $"SpectrogramCnn: kept epoch {classifier.SelectedEpoch + 1} (lowest validation loss after the warm-up, or the last without validation rows).");
        var settings = new SpectrogramCnnTransformer.Settings(_options.FeatureColumnName, _options.ScoreColumnName, _options.PredictedLabelColumnName,
            (int)key.Count, names, _options.ScoringBatchSize, _options.Classifier.Device);
        return new SpectrogramCnnTransformer(_env, settings, classifier);
    }

    private (List<float[]> Spectrograms, List<int> Labels, KeyDataViewType Key, string[]? Names) ReadRows(IDataView input, string what)
    {
        var schema = input.Schema;
        var features = ColumnChecks.FloatVector(schema, _options.FeatureColumnName, Shapes.SpectrogramLength, "SpectrogramCnn feature");
        var label = ColumnChecks.Key(schema, _options.LabelColumnName, "SpectrogramCnn label");
        var key = (KeyDataViewType)label.Type;
        if (key.Count > (ulong)Emotions.Count)
            throw new ArgumentOutOfRangeException(_options.LabelColumnName,
                $"SpectrogramCnn label column '{_options.LabelColumnName}' has {key.Count} classes; Q has {Emotions.Count} outputs.");
        var spectrograms = new List<float[]>();
        var labels = new List<int>();
        using (var cursor = input.GetRowCursor([features, label]))
        {
            var read = VectorReader.Create(cursor, features);
            var getLabel = LabelReader.Key(cursor, label); // any unsigned key type
            while (cursor.MoveNext())
            {
                uint k = getLabel();
                float[] s = read();
                if (k == 0 || MissingValues.IsMissing(s)) continue;
                spectrograms.Add(s);
                labels.Add((int)k - 1);
            }
        }
        if (spectrograms.Count == 0 && what == "training")
            throw new InvalidOperationException("SpectrogramCnn: no training rows with a spectrogram and a label.");
        return (spectrograms, labels, key, LabelReader.KeyNames(label));
    }
}
