namespace TcWgan.MLNet;

/// <summary>
/// Options of <c>mlContext.Data.FuseGenerated</c>: how many generated rows join the real ones, and the column names.
/// Set exactly one of <see cref="GeneratedPerClass"/> and <see cref="SyntheticToRealRatio"/>.
/// </summary>
public sealed record FusionOptions
{
    /// <summary>Generated rows per emotion class.</summary>
    public int? GeneratedPerClass { get; init; }

    /// <summary>Generated rows in total = round(ratio × usable real rows), spread evenly over the six classes
    /// (the remainder goes to the first classes in <see cref="Emotion"/> order).</summary>
    public double? SyntheticToRealRatio { get; init; }

    /// <summary>Seed of the choice of source face windows.</summary>
    public int Seed { get; init; }

    /// <summary>Label column of the real rows (text name, key or class index); the fused set's label column (text).</summary>
    public string LabelColumnName { get; init; } = Defaults.Label;

    /// <summary>Real spectrogram column; the fused set's feature column (<c>Vector&lt;Single, 3, 28, 112&gt;</c>).</summary>
    public string SpectrogramColumnName { get; init; } = Defaults.Spectrogram;

    /// <summary>Face window column of the real rows, fed to the generator.</summary>
    public string FaceWindowColumnName { get; init; } = Defaults.FaceWindow;

    /// <summary>Boolean column marking generated rows.</summary>
    public string IsGeneratedColumnName { get; init; } = Defaults.IsGenerated;

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (GeneratedPerClass.HasValue == SyntheticToRealRatio.HasValue)
            errors.Add("Set exactly one of GeneratedPerClass and SyntheticToRealRatio.");
        if (GeneratedPerClass < 0) errors.Add($"GeneratedPerClass must be ≥ 0, got {GeneratedPerClass}.");
        if (SyntheticToRealRatio is { } r && (r < 0 || double.IsNaN(r) || double.IsInfinity(r)))
            errors.Add($"SyntheticToRealRatio must be a finite number ≥ 0, got {r}.");
        foreach (var (name, value) in new[] { ("LabelColumnName", LabelColumnName), ("SpectrogramColumnName", SpectrogramColumnName),
                     ("FaceWindowColumnName", FaceWindowColumnName), ("IsGeneratedColumnName", IsGeneratedColumnName) })
            if (string.IsNullOrWhiteSpace(value)) errors.Add($"{name} is empty.");
        return errors;
    }

    /// <summary>Generated rows per class for <paramref name="realRows"/> usable real rows.</summary>
    public int[] CountsPerClass(int realRows)
    {
        int total = GeneratedPerClass is { } perClass ? perClass * Emotions.Count
            : (int)Math.Round(SyntheticToRealRatio!.Value * realRows, MidpointRounding.AwayFromZero);
        return Enumerable.Range(0, Emotions.Count)
            .Select(c => total / Emotions.Count + (c < total % Emotions.Count ? 1 : 0)).ToArray();
    }
}
