using TcWgan.Media;

namespace TcWgan.MLNet;

/// <summary>Options of <see cref="TrainerAugmentationExtensions.WithFaceAugmentation{TTransformer}"/>.</summary>
public sealed record FaceAugmentationOptions
{
    /// <summary>Video path column read at <c>Fit</c> (its faces condition the generator): <c>String</c>.</summary>
    public string VideoPathColumnName { get; init; } = Defaults.VideoPath;

    /// <summary>The wrapped trainer's label column: <c>Key</c> whose values are emotion names (or six keys in <see cref="Emotion"/> order).</summary>
    public string LabelColumnName { get; init; } = Defaults.Label;

    /// <summary>The wrapped trainer's feature column: the spectrogram, <c>Vector&lt;Single, 3, 28, 112&gt;</c>.</summary>
    public string FeatureColumnName { get; init; } = Defaults.Spectrogram;

    /// <summary>Face finding and cropping.</summary>
    public FaceOptions Face { get; init; } = new();

    /// <summary>Middle face windows of each clip the generator learns from.</summary>
    public int WindowsPerClip { get; init; } = 3;

    /// <summary>How the tc-wGAN is trained (ignored with <see cref="PretrainedModelPath"/>).</summary>
    public GanOptions Gan { get; init; } = GanOptions.FromPreset(GanPreset.WganGp);

    /// <summary>A saved <see cref="FaceToAudioModel"/> to generate with instead of training one.</summary>
    public string? PretrainedModelPath { get; init; }

    /// <summary>An emotion classifier trained on real spectrograms to use as the GAN's frozen Q (null: pre-trained inside).</summary>
    public EmotionClassifier? Classifier { get; init; }

    /// <summary>Generated rows per emotion (set this or <see cref="SyntheticToRealRatio"/>).</summary>
    public int? GeneratedPerClass { get; init; }

    /// <summary>Generated rows = ratio × real rows, spread over the six emotions (default 1 when neither is set).</summary>
    public double? SyntheticToRealRatio { get; init; }

    /// <summary>Seed of the choice of source faces and of the generation noise.</summary>
    public int Seed { get; init; }

    /// <summary>Receives GAN training progress.</summary>
    public IProgress<TrainingProgress>? Progress { get; init; }

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var (name, value) in new[] { ("VideoPathColumnName", VideoPathColumnName), ("LabelColumnName", LabelColumnName),
                     ("FeatureColumnName", FeatureColumnName) })
            if (string.IsNullOrWhiteSpace(value)) errors.Add($"{name} is empty.");
        errors.AddRange(Face.Validate());
        if (WindowsPerClip < 1) errors.Add($"WindowsPerClip must be ≥ 1, got {WindowsPerClip}.");
        if (PretrainedModelPath is null) errors.AddRange(Gan.Validate());
        else if (!File.Exists(PretrainedModelPath)) errors.Add($"PretrainedModelPath '{PretrainedModelPath}' does not exist.");
        if (GeneratedPerClass.HasValue && SyntheticToRealRatio.HasValue) errors.Add("Set at most one of GeneratedPerClass and SyntheticToRealRatio.");
        if (GeneratedPerClass < 0) errors.Add($"GeneratedPerClass must be ≥ 0, got {GeneratedPerClass}.");
        if (SyntheticToRealRatio is { } r && !(r >= 0 && double.IsFinite(r))) errors.Add($"SyntheticToRealRatio must be a finite number ≥ 0, got {r}.");
        return errors;
    }

    internal FusionOptions Fusion => new()
    {
        GeneratedPerClass = GeneratedPerClass,
        SyntheticToRealRatio = GeneratedPerClass is null ? SyntheticToRealRatio ?? 1 : null,
        Seed = Seed,
    };
}

/// <summary>
/// Any trainer, with its training rows augmented by spectrograms generated from the clips' faces: <c>Fit</c> reads each
/// row's video, cuts its face windows, trains (or loads) a tc-wGAN on the rows' real spectrograms, generates the asked
/// number of rows per emotion, and fits the wrapped trainer on real + generated rows. It returns the wrapped trainer's
/// own transformer, so the fitted chain scores from the feature column alone (an audio path through
/// <c>LoadSpectrogram</c>), saves as one .zip and loads with <c>PredictionEngine</c>. The generator of the last
/// <c>Fit</c> stays reachable through <see cref="Generator"/>.
/// </summary>
public sealed class FaceAugmentedTrainer<TTransformer> : IEstimator<TTransformer> where TTransformer : class, ITransformer
{
    private readonly IHostEnvironment _env;
    private readonly IEstimator<TTransformer> _trainer;
    private readonly FaceAugmentationOptions _options;

    internal FaceAugmentedTrainer(IHostEnvironment env, IEstimator<TTransformer> trainer, FaceAugmentationOptions? options)
    {
        _env = env;
        _trainer = trainer;
        _options = options ?? new FaceAugmentationOptions();
        OptionChecks.ThrowIfAny(_options.Validate(), nameof(FaceAugmentationOptions), nameof(options));
    }

    /// <summary>The generator trained (or loaded) by the last <see cref="Fit"/>; null before it. The trainer owns it.</summary>
    public AugmentAudioFromFaceTransformer? Generator { get; private set; }

    /// <summary>How many rows the last <see cref="Fit"/> trained the wrapped trainer on: real, then generated.</summary>
    public (int Real, int Generated) LastTrainingRows { get; private set; }

    /// <inheritdoc />
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ColumnChecks.Text(inputSchema, _options.VideoPathColumnName, "Face augmentation video path");
        ColumnChecks.FloatVector(inputSchema, _options.FeatureColumnName, "Face augmentation feature");
        return _trainer.GetOutputSchema(inputSchema);
    }

    /// <inheritdoc />
    public TTransformer Fit(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var schema = input.Schema;
        var video = ColumnChecks.Text(schema, _options.VideoPathColumnName, "Face augmentation video path");
        var features = ColumnChecks.FloatVector(schema, _options.FeatureColumnName, Shapes.SpectrogramLength, "Face augmentation feature");
        var label = ColumnChecks.Key(schema, _options.LabelColumnName, "Face augmentation label");
        var keyType = (KeyDataViewType)label.Type;
        var toEmotion = LabelReader.KeyToEmotion(label, keyType);
        var fromEmotion = Enumerable.Range(0, Emotions.Count).Select(e => (uint)(Array.IndexOf(toEmotion, e) + 1)).ToArray(); // 0 = no key

        var rows = ReadRows(input, video, label, features, toEmotion);
        using var ch = _env.Start(nameof(FaceAugmentedTrainer<TTransformer>));
        var windowed = FaceWindows(rows, ch);
        var model = TrainOrLoad(windowed);
        Generator?.Dispose();
        Generator = new AugmentAudioFromFaceTransformer(_env,
            new AugmentAudioFromFaceTransformer.Settings(Defaults.GeneratedSpectrogram, Defaults.FaceWindow, Defaults.Label,
                _options.Seed, 64, _options.Gan.Device), model);

        var generated = Generate(model, windowed, rows.Count, fromEmotion);
        ch.Info(MessageSensitivity.None, $"Face augmentation: {rows.Count} real rows ({windowed.Count} with faces) + {generated.Count} generated rows.");
        LastTrainingRows = (rows.Count, generated.Count);
        var fused = rows.Select(r => new FusedRow { Features = r.Spectrogram, Label = r.Key })
            .Concat(generated.Select(g => new FusedRow { Features = g.Spectrogram, Label = g.Key })).ToList();
        var definition = SchemaDefinition.Create(typeof(FusedRow));
        var featureColumn = definition[nameof(FusedRow.Features)];
        featureColumn.ColumnName = _options.FeatureColumnName;
        featureColumn.ColumnType = features.Type;
        var labelColumn = definition[nameof(FusedRow.Label)];
        labelColumn.ColumnName = _options.LabelColumnName;
        labelColumn.ColumnType = keyType;
        if (label.Annotations.Schema.GetColumnOrNull("KeyValues") is { Type: VectorDataViewType names })
        {
            VBuffer<ReadOnlyMemory<char>> values = default;
            label.GetKeyValues(ref values);
            labelColumn.AddAnnotation("KeyValues", values, names);
        }
        var data = new MLContext(_options.Seed).Data.LoadFromEnumerable(fused, definition);
        return _trainer.Fit(data);
    }

    private sealed record Row(string VideoPath, uint Key, int Emotion, float[] Spectrogram);
    private sealed record Windowed(Row Row, float[][] Windows);

    private List<Row> ReadRows(IDataView input, DataViewSchema.Column video, DataViewSchema.Column label,
        DataViewSchema.Column features, int[] toEmotion)
    {
        var rows = new List<Row>();
        using var cursor = input.GetRowCursor([video, label, features]);
        var getVideo = cursor.GetGetter<ReadOnlyMemory<char>>(video);
        var getKey = LabelReader.Key(cursor, label);
        var getFeatures = VectorReader.Create(cursor, features);
        while (cursor.MoveNext())
        {
            ReadOnlyMemory<char> path = default;
            getVideo(ref path);
            uint key = getKey();
            float[] spectrogram = getFeatures();
            if (key == 0 || key > toEmotion.Length || toEmotion[key - 1] < 0 || MissingValues.IsMissing(spectrogram)) continue;
            rows.Add(new Row(path.ToString(), key, toEmotion[key - 1], spectrogram));
        }
        if (rows.Count == 0) throw new InvalidOperationException("Face augmentation: no training row has a spectrogram and an emotion label.");
        return rows;
    }

    /// <summary>The middle face windows of every row's video (rows whose faces cannot be read are left real-only, with a warning).</summary>
    private List<Windowed> FaceWindows(List<Row> rows, IChannel ch)
    {
        using var locator = new OwnedFaceLocator(FaceLocators.Create(_options.Face));
        var extractor = new FaceExtractor(_options.Face, locator.Locator);
        var results = new Windowed?[rows.Count];
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, i =>
        {
            try
            {
                var windows = FaceExtractor.Windows(extractor.ExtractFrames(rows[i].VideoPath));
                if (windows.Length == 0) { failures.Add($"{rows[i].VideoPath}: too few face frames"); return; }
                int take = Math.Min(_options.WindowsPerClip, windows.Length), first = (windows.Length - take) / 2;
                results[i] = new Windowed(rows[i], windows.Skip(first).Take(take).ToArray());
            }
            catch (Exception e) when (MissingValues.IsMediaFailure(e))
            {
                failures.Add($"{rows[i].VideoPath}: {e.Message}");
            }
        });
        foreach (string failure in failures.Take(20))
            ch.Warning(MessageSensitivity.None, $"Face augmentation: no face windows for {failure}; the row stays real-only.");
        if (failures.Count > 20) ch.Warning(MessageSensitivity.None, $"Face augmentation: {failures.Count - 20} more rows without face windows.");
        var windowed = results.OfType<Windowed>().ToList();
        if (windowed.Count < 2)
            throw new InvalidOperationException($"Face augmentation: only {windowed.Count} of {rows.Count} rows have face windows; the generator needs at least 2.");
        return windowed;
    }

    private FaceToAudioModel TrainOrLoad(List<Windowed> windowed)
    {
        if (_options.PretrainedModelPath is { } path) return FaceToAudioModel.Load(path, _options.Gan.Device);
        var data = new GanDataset();
        foreach (var w in windowed)
        {
            int clip = data.AddClip(w.Row.Spectrogram, w.Row.Emotion);
            foreach (var window in w.Windows) data.AddWindow(clip, window);
        }
        var trainer = new GanTrainer(_options.Gan);
        if (_options.Progress is { } progress) trainer.Progress += progress.Report;
        return trainer.Train(data, _options.Classifier);
    }

    private List<(float[] Spectrogram, uint Key)> Generate(FaceToAudioModel model, List<Windowed> windowed, int realRows, uint[] fromEmotion)
    {
        int[] counts = _options.Fusion.CountsPerClass(realRows);
        for (int e = 0; e < Emotions.Count; e++)
            if (fromEmotion[e] == 0) counts[e] = 0; // the label has no key for this emotion
        var sources = GeneratedFusion.Sources(windowed, w => w.Row.Emotion, counts, _options.Seed)
            .Select(s => (Window: s.Source.Windows[s.Round % s.Source.Windows.Length], s.Emotion)).ToList();
        var result = new List<(float[], uint)>(sources.Count);
        const int chunk = 64;
        for (int start = 0; start < sources.Count; start += chunk)
        {
            var part = sources.Skip(start).Take(chunk).ToList();
            var windows = part.SelectMany(s => s.Window).ToArray();
            var emotions = part.Select(s => s.Emotion).ToArray();
            var seeds = Enumerable.Range(start, part.Count).Select(i => Seeds.Derive(_options.Seed, 1_000_000 + i)).ToArray();
            var images = model.Generate(windows, emotions, seeds);
            for (int i = 0; i < part.Count; i++)
                result.Add((images.AsSpan(i * Shapes.SpectrogramLength, Shapes.SpectrogramLength).ToArray(), fromEmotion[part[i].Emotion]));
        }
        return result;
    }

    private sealed class FusedRow
    {
        public float[] Features { get; set; } = [];
        public uint Label { get; set; }
    }
}

/// <summary>
/// <c>trainer.WithFaceAugmentation(mlContext, options)</c>: augment any trainer's training rows with spectrograms
/// generated from the clips' faces (see <see cref="FaceAugmentedTrainer{TTransformer}"/>).
/// </summary>
public static class TrainerAugmentationExtensions
{
    /// <summary>
    /// Wraps <paramref name="trainer"/> so that its <c>Fit</c> first adds generated rows. The input rows need the video
    /// path (<see cref="FaceAugmentationOptions.VideoPathColumnName"/>), the key label and the spectrogram feature column
    /// the trainer reads.
    /// </summary>
    /// <example><code>
    /// var pipeline = ml.Transforms.LoadSpectrogram()
    ///     .Append(ml.Transforms.Conversion.MapValueToKey("Label"))
    ///     .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy("Label", "Spectrogram").WithFaceAugmentation(ml))
    ///     .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedEmotion", "PredictedLabel"));
    /// </code></example>
    public static FaceAugmentedTrainer<TTransformer> WithFaceAugmentation<TTransformer>(this IEstimator<TTransformer> trainer,
        MLContext mlContext, FaceAugmentationOptions? options = null) where TTransformer : class, ITransformer
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(mlContext);
        return new FaceAugmentedTrainer<TTransformer>(mlContext, trainer, options);
    }
}
