using System.Text.Json;

namespace TcWgan.MLNet;

/// <summary>
/// Maps a face window (<c>Vector&lt;Single, 10, 3, 28, 28&gt;</c>) and a target emotion (label column: text name,
/// key or class index) to a generated spectrogram image (<c>Vector&lt;Single, 3, 28, 112&gt;</c>, in [−1, 1]) with the
/// trained tc-wGAN generator. Rows are generated in batches of <see cref="AugmentAudioOptions.GenerationBatchSize"/>;
/// row r's noise comes from a seed derived from (generation seed, r's row id), so the same data and seed give the
/// same output however the rows are batched. A row with a missing window or unknown emotion gets a NaN vector and a
/// warning. Created by fitting <see cref="AugmentAudioFromFaceEstimator"/>; owns its model (dispose to free it).
/// </summary>
public sealed class AugmentAudioFromFaceTransformer : MappingTransformerBase, IDisposable
{
    internal const string KindName = "AugmentAudioFromFace";
    private const string GeneratorBlob = "generator";

    internal AugmentAudioFromFaceTransformer(IHostEnvironment env, Settings settings, FaceToAudioModel model)
        : base(env, nameof(AugmentAudioFromFaceTransformer))
    {
        Columns = settings;
        Model = model;
    }

    /// <summary>Column names and generation settings (what is saved besides the weights).</summary>
    internal Settings Columns { get; }

    /// <summary>The trained generator (with its temporal face encoder).</summary>
    public FaceToAudioModel Model { get; }

    /// <summary>Name of the generated spectrogram column.</summary>
    public string OutputColumnName => Columns.Output;

    /// <summary>Name of the face window column read.</summary>
    public string FaceWindowColumnName => Columns.FaceWindow;

    /// <summary>Name of the target emotion column read.</summary>
    public string LabelColumnName => Columns.Label;

    /// <summary>The output column type: <c>Vector&lt;Single, 3, 28, 112&gt;</c>.</summary>
    internal static VectorDataViewType OutputType { get; } =
        new(NumberDataViewType.Single, Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames);

    /// <inheritdoc />
    public void Dispose() => Model.Dispose();

    private protected override RowBatchMapper CreateMapper(DataViewSchema inputSchema)
    {
        ColumnChecks.FloatVector(inputSchema, Columns.FaceWindow, Shapes.WindowLength, "AugmentAudioFromFace face window");
        ColumnChecks.Label(inputSchema, Columns.Label, "AugmentAudioFromFace target emotion");
        return new Mapper(this);
    }

    private protected override ModelPayload ToPayload()
    {
        using var weights = new MemoryStream();
        Model.Save(weights);
        return new ModelPayload(KindName, JsonSerializer.Serialize(Columns), [new(GeneratorBlob, weights.ToArray())]);
    }

    internal static ITransformer Load(IHostEnvironment env, ModelPayload payload)
    {
        var settings = SavedSettings.Read<Settings>(payload, KindName);
        SavedSettings.Check(KindName, settings.Validate());
        using var weights = new MemoryStream(payload.Blob(GeneratorBlob), writable: false);
        var model = SavedSettings.Weights(KindName, () => FaceToAudioModel.Load(weights, LoadDevice.For(env)));
        return new AugmentAudioFromFaceTransformer(env, settings, model);
    }

    /// <summary>What the transformer saves besides the weights (<see cref="Device"/>: where it trained, for information; loading picks its own).</summary>
    internal sealed record Settings(string Output, string FaceWindow, string Label, long Seed, int BatchSize, string Device)
    {
        /// <summary>Every problem with saved settings (a damaged or hand-edited .zip).</summary>
        public IReadOnlyList<string> Validate()
        {
            var errors = new List<string>();
            foreach (var (name, value) in new[] { ("Output", Output), ("FaceWindow", FaceWindow), ("Label", Label) })
                if (string.IsNullOrWhiteSpace(value)) errors.Add($"{name} column name is empty.");
            if (BatchSize < 1) errors.Add($"BatchSize is {BatchSize}; must be ≥ 1.");
            return errors;
        }
    }

    private sealed record RowInput(float[] Window, int Emotion, long Seed);

    /// <summary>The noise seed of one row: the stage's seed and the row's id through <see cref="Seeds.Derive(long, long)"/>, so the same rows and seed give the same spectrograms.</summary>
    internal static long RowSeed(long seed, DataViewRowId rowId) =>
        Seeds.Derive(Seeds.Derive(seed, unchecked((long)rowId.High)), unchecked((long)rowId.Low));

    private sealed class Mapper(AugmentAudioFromFaceTransformer owner) : RowBatchMapper
    {
        public override IReadOnlyList<string> InputColumns => [owner.Columns.FaceWindow, owner.Columns.Label];

        public override IReadOnlyList<OutputColumn> Outputs => [new(owner.Columns.Output, OutputType)];

        public override int BatchSize => owner.Columns.BatchSize;

        public override Func<object> CreateInputReader(DataViewRow row)
        {
            var window = VectorReader.Create(row, row.Schema[owner.Columns.FaceWindow]);
            var label = LabelReader.Create(row, row.Schema[owner.Columns.Label]);
            var id = row.GetIdGetter();
            return () =>
            {
                DataViewRowId rowId = default;
                id(ref rowId);
                return new RowInput(window(), label(), RowSeed(owner.Columns.Seed, rowId));
            };
        }

        public override void Map(IReadOnlyList<object> inputs, object[][] outputs)
        {
            var valid = new List<int>(inputs.Count);
            for (int i = 0; i < inputs.Count; i++)
            {
                var row = (RowInput)inputs[i];
                if (row.Emotion < 0 || MissingValues.IsMissing(row.Window))
                {
                    owner.Warn($"AugmentAudioFromFace: row has a missing face window or unknown emotion; " +
                               $"'{owner.Columns.Output}' is missing (NaN) for it.");
                    outputs[i][0] = MissingValues.Vector(Shapes.SpectrogramLength);
                }
                else valid.Add(i);
            }
            if (valid.Count == 0) return;
            var windows = new float[valid.Count * Shapes.WindowLength];     // (B, 10, 3, 28, 28)
            var emotions = new int[valid.Count];
            var seeds = new long[valid.Count];
            for (int k = 0; k < valid.Count; k++)
            {
                var row = (RowInput)inputs[valid[k]];
                row.Window.CopyTo(windows, k * Shapes.WindowLength);
                emotions[k] = row.Emotion;
                seeds[k] = row.Seed;
            }
            float[] generated = owner.Model.Generate(windows, emotions, seeds);   // (B, 3, 28, 112)
            for (int k = 0; k < valid.Count; k++)
                outputs[valid[k]][0] = generated.AsSpan(k * Shapes.SpectrogramLength, Shapes.SpectrogramLength).ToArray();
        }
    }
}

/// <summary>
/// Trains the temporal face encoder and tc-wGAN on the training rows (or loads a pre-trained model) and returns an
/// <see cref="AugmentAudioFromFaceTransformer"/>. Training rows need the face window column, the label column and the
/// real spectrogram column (<see cref="AugmentAudioOptions.RealSpectrogramColumnName"/>); rows with the same real
/// spectrogram form one clip, whose clean spectrogram is the critic's real sample and the L1 target of each of its
/// windows (rows with missing values are skipped with a warning).
/// </summary>
public sealed class AugmentAudioFromFaceEstimator : IEstimator<AugmentAudioFromFaceTransformer>
{
    private readonly IHostEnvironment _env;
    private readonly string _output;
    private readonly string _faceWindow;
    private readonly string _label;
    private readonly AugmentAudioOptions _options;

    internal AugmentAudioFromFaceEstimator(IHostEnvironment env, string outputColumnName, string faceWindowColumnName,
        string labelColumnName, AugmentAudioOptions? options)
    {
        _env = env;
        _output = outputColumnName;
        _faceWindow = faceWindowColumnName;
        _label = labelColumnName;
        _options = options ?? new AugmentAudioOptions();
        OptionChecks.ThrowIfAny(_options.Validate(), nameof(AugmentAudioOptions), nameof(options));
    }

    /// <inheritdoc />
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ColumnChecks.FloatVector(inputSchema, _faceWindow, "AugmentAudioFromFace face window");
        ColumnChecks.Label(inputSchema, _label, "AugmentAudioFromFace target emotion");
        if (_options.PretrainedModelPath is null)
            ColumnChecks.FloatVector(inputSchema, _options.RealSpectrogramColumnName, "AugmentAudioFromFace real spectrogram");
        return MappedSchema.Build(inputSchema, [new OutputColumn(_output, AugmentAudioFromFaceTransformer.OutputType)]);
    }

    /// <inheritdoc />
    public AugmentAudioFromFaceTransformer Fit(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ColumnChecks.FloatVector(input.Schema, _faceWindow, Shapes.WindowLength, "AugmentAudioFromFace face window");
        ColumnChecks.Label(input.Schema, _label, "AugmentAudioFromFace target emotion");
        var settings = new AugmentAudioFromFaceTransformer.Settings(_output, _faceWindow, _label,
            _options.GenerationSeed ?? _options.Gan.Seed, _options.GenerationBatchSize, _options.Gan.Device);
        FaceToAudioModel model;
        if (_options.PretrainedModelPath is { } path)
        {
            using var stream = File.OpenRead(path);
            model = FaceToAudioModel.Load(stream, _options.Gan.Device);
        }
        else
        {
            ColumnChecks.FloatVector(input.Schema, _options.RealSpectrogramColumnName, Shapes.SpectrogramLength,
                "AugmentAudioFromFace real spectrogram");
            var trainer = new GanTrainer(_options.Gan);
            if (_options.Progress is { } progress) trainer.Progress += progress.Report;
            model = trainer.Train(ReadTrainingSet(input), _options.Classifier);
        }
        return new AugmentAudioFromFaceTransformer(_env, settings, model);
    }

    /// <summary>
    /// Reads the training rows into a <see cref="GanDataset"/>: rows that carry the same real spectrogram are one clip
    /// (the generator learns every window of a clip towards that clean spectrogram).
    /// </summary>
    internal GanDataset ReadTrainingSet(IDataView input)
    {
        var schema = input.Schema;
        var columns = new[] { schema[_faceWindow], schema[_label], schema[_options.RealSpectrogramColumnName] };
        var data = new GanDataset();
        var clips = new Dictionary<int, List<int>>(); // content hash → clip indices
        int skipped = 0;
        using (var cursor = input.GetRowCursor(columns))
        {
            // GanDataset copies what it keeps (windows as bytes), so one buffer per column serves every row.
            var window = VectorReader.CreateReusing(cursor, columns[0]);
            var label = LabelReader.Create(cursor, columns[1]);
            var spectrogram = VectorReader.CreateReusing(cursor, columns[2]);
            while (cursor.MoveNext())
            {
                float[] w = window(), s = spectrogram();
                int e = label();
                if (e < 0 || MissingValues.IsMissing(w) || MissingValues.IsMissing(s)) { skipped++; continue; }
                data.AddWindow(ClipOf(data, clips, s, e), w);
            }
        }
        if (skipped > 0)
        {
            using var ch = _env.Start(nameof(AugmentAudioFromFaceEstimator));
            ch.Warning(MessageSensitivity.None, $"AugmentAudioFromFace: {skipped} training row(s) with a missing face window, " +
                                               "spectrogram or unknown label were skipped.");
        }
        if (data.Windows.Count == 0)
            throw new InvalidOperationException("AugmentAudioFromFace: no usable training rows (every row had a missing face window, " +
                                                "spectrogram or unknown label).");
        return data;
    }

    private static int ClipOf(GanDataset data, Dictionary<int, List<int>> clips, float[] spectrogram, int emotion)
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(spectrogram.AsSpan()));
        hash.Add(emotion);
        int key = hash.ToHashCode();
        if (!clips.TryGetValue(key, out var candidates)) clips[key] = candidates = [];
        foreach (int clip in candidates)
            if (data.Labels[clip] == emotion && data.Spectrograms[clip].AsSpan().SequenceEqual(spectrogram)) return clip;
        int added = data.AddClip(spectrogram, emotion);
        candidates.Add(added);
        return added;
    }
}
