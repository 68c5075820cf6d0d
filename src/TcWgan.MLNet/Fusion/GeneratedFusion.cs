namespace TcWgan.MLNet;

/// <summary>
/// Builds the fused training set: every usable real row, then N generated rows per class (or to a synthetic:real
/// ratio), with a Boolean column saying which rows are generated.
/// <para>
/// Fusion is a data-level operation, not a transformer, on purpose: a transformer maps rows to rows and is saved into
/// the model, so a row-adding transformer would also add generated rows when the saved model scores new data.
/// Fusion belongs to building the training set only; the fitted AER pipeline never contains it.
/// </para>
/// </summary>
public static class GeneratedFusion
{
    /// <summary>
    /// Real rows (label, spectrogram; rows with a missing spectrogram or unknown label are dropped with a warning) followed
    /// by generated rows: for class c, source face windows are drawn (seeded, cycling through a shuffled list) from
    /// real rows of class c, or of any class when c has none, and <paramref name="generator"/> turns them into class-c
    /// spectrograms. Columns of the result: label (<c>String</c>, emotion name), spectrogram
    /// (<c>Vector&lt;Single, 3, 28, 112&gt;</c>), <see cref="FusionOptions.IsGeneratedColumnName"/> (<c>Boolean</c>).
    /// </summary>
    public static IDataView Fuse(DataOperationsCatalog data, IHostEnvironment env, IDataView real,
        AugmentAudioFromFaceTransformer generator, FusionOptions options)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(generator);
        OptionChecks.ThrowIfAny(options.Validate(), nameof(FusionOptions), nameof(options));
        var schema = real.Schema;
        ColumnChecks.Label(schema, options.LabelColumnName, "Fusion label");
        ColumnChecks.FloatVector(schema, options.SpectrogramColumnName, Shapes.SpectrogramLength, "Fusion spectrogram");
        ColumnChecks.FloatVector(schema, options.FaceWindowColumnName, Shapes.WindowLength, "Fusion face window");

        var rows = ReadReal(real, options, out int dropped);
        if (dropped > 0)
        {
            using var ch = env.Start(nameof(GeneratedFusion));
            ch.Warning(MessageSensitivity.None, $"Fusion: {dropped} real row(s) with a missing spectrogram or unknown label were dropped.");
        }
        var fused = rows.Select(r => new FusedRow { Label = Emotions.Name((Emotion)r.Emotion), Spectrogram = r.Spectrogram }).ToList();
        fused.AddRange(Generate(data, rows, generator, options));
        return data.LoadFromEnumerable(fused, FusedRow.Definition(options));
    }

    private sealed record RealRow(int Emotion, float[] Spectrogram, float[] Window);

    private static List<RealRow> ReadReal(IDataView real, FusionOptions options, out int dropped)
    {
        var schema = real.Schema;
        var cols = new[] { schema[options.LabelColumnName], schema[options.SpectrogramColumnName], schema[options.FaceWindowColumnName] };
        var rows = new List<RealRow>();
        dropped = 0;
        using var cursor = real.GetRowCursor(cols);
        var label = LabelReader.Create(cursor, cols[0]);
        var spectrogram = VectorReader.Create(cursor, cols[1]);
        var window = VectorReader.Create(cursor, cols[2]);
        while (cursor.MoveNext())
        {
            int e = label();
            float[] s = spectrogram();
            if (e < 0 || MissingValues.IsMissing(s)) { dropped++; continue; }
            rows.Add(new RealRow(e, s, window()));
        }
        return rows;
    }

    private static IEnumerable<FusedRow> Generate(DataOperationsCatalog data, List<RealRow> rows,
        AugmentAudioFromFaceTransformer generator, FusionOptions options)
    {
        int[] counts = options.CountsPerClass(rows.Count);
        var withWindow = rows.Where(r => !MissingValues.IsMissing(r.Window)).ToList();
        if (counts.Sum() == 0) return [];
        if (withWindow.Count == 0)
            throw new InvalidOperationException($"Fusion: no real row has a face window in '{options.FaceWindowColumnName}'; nothing to generate from.");
        var sources = Sources(withWindow, r => r.Emotion, counts, options.Seed)
            .Select(s => new GeneratorRow { FaceWindow = s.Source.Window, Label = Emotions.Name((Emotion)s.Emotion) }).ToList();
        var input = data.LoadFromEnumerable(sources, GeneratorRow.Definition(generator));
        var output = generator.Transform(input);
        var column = output.Schema[generator.OutputColumnName];
        var result = new List<FusedRow>(sources.Count);
        using var cursor = output.GetRowCursor([column]);
        var read = VectorReader.Create(cursor, column);
        int i = 0;
        while (cursor.MoveNext())
            result.Add(new FusedRow { Label = sources[i++].Label, Spectrogram = read(), IsGenerated = true });
        return result;
    }

    /// <summary>
    /// The source of every generated row, class by class: class c's <paramref name="counts"/>[c] rows cycle through a
    /// seeded shuffle of the real items of class c (of all items when c has none); Round counts the completed cycles.
    /// </summary>
    internal static List<(T Source, int Round, int Emotion)> Sources<T>(IReadOnlyList<T> items, Func<T, int> emotionOf,
        int[] counts, int seed)
    {
        var rng = new Random(seed);
        var sources = new List<(T, int, int)>();
        for (int c = 0; c < Emotions.Count; c++)
        {
            var order = items.Where(i => emotionOf(i) == c).ToArray();
            if (order.Length == 0) order = [.. items];
            rng.Shuffle(order);
            for (int k = 0; k < counts[c]; k++) sources.Add((order[k % order.Length], k / order.Length, c));
        }
        return sources;
    }

    private sealed class GeneratorRow
    {
        public float[] FaceWindow { get; set; } = [];
        public string Label { get; set; } = "";

        public static SchemaDefinition Definition(AugmentAudioFromFaceTransformer generator)
        {
            var def = SchemaDefinition.Create(typeof(GeneratorRow));
            def[nameof(FaceWindow)].ColumnName = generator.FaceWindowColumnName;
            def[nameof(FaceWindow)].ColumnType = FaceWindowLoadingTransformer.OutputType;
            def[nameof(Label)].ColumnName = generator.LabelColumnName;
            return def;
        }
    }

    private sealed class FusedRow
    {
        public string Label { get; set; } = "";
        public float[] Spectrogram { get; set; } = [];
        public bool IsGenerated { get; set; }

        public static SchemaDefinition Definition(FusionOptions options)
        {
            var def = SchemaDefinition.Create(typeof(FusedRow));
            def[nameof(Label)].ColumnName = options.LabelColumnName;
            def[nameof(Spectrogram)].ColumnName = options.SpectrogramColumnName;
            def[nameof(Spectrogram)].ColumnType = AugmentAudioFromFaceTransformer.OutputType;
            def[nameof(IsGenerated)].ColumnName = options.IsGeneratedColumnName;
            return def;
        }
    }
}
