namespace TcWgan.Nn;

/// <summary>
/// Training data of <see cref="GanTrainer"/>: face windows (each (10, 3, 28, 28) in [0, 1]) with their emotion
/// labels, spectrogram images (each (3, 28, 112) in [−1, 1]) with theirs, and the (window, spectrogram) pairs the
/// generator learns to map (in the paper every window of a clip × every augmented spectrogram of that clip).
/// Windows and spectrograms also serve alone for encoder and Q pre-training.
/// </summary>
public sealed class GanDataset
{
    /// <summary>Face windows, flat (10, 3, 28, 28).</summary>
    public IReadOnlyList<float[]> Windows { get; }
    /// <summary>Emotion index (0…5) of every window.</summary>
    public IReadOnlyList<int> WindowLabels { get; }
    /// <summary>Spectrogram images, flat (3, 28, 112).</summary>
    public IReadOnlyList<float[]> Spectrograms { get; }
    /// <summary>Emotion index (0…5) of every spectrogram (the generator's condition for a pair).</summary>
    public IReadOnlyList<int> SpectrogramLabels { get; }
    /// <summary>(window index, spectrogram index) training pairs.</summary>
    public IReadOnlyList<(int Window, int Spectrogram)> Pairs { get; }

    /// <summary>Checks every length, label, index and value; throws <see cref="ArgumentException"/> listing the first problems.</summary>
    public GanDataset(IReadOnlyList<float[]> windows, IReadOnlyList<int> windowLabels, IReadOnlyList<float[]> spectrograms,
                      IReadOnlyList<int> spectrogramLabels, IReadOnlyList<(int Window, int Spectrogram)> pairs)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(windowLabels);
        ArgumentNullException.ThrowIfNull(spectrograms);
        ArgumentNullException.ThrowIfNull(spectrogramLabels);
        ArgumentNullException.ThrowIfNull(pairs);
        var errors = new List<string>();
        if (windows.Count == 0) errors.Add("there are no windows.");
        if (spectrograms.Count == 0) errors.Add("there are no spectrograms.");
        if (pairs.Count == 0) errors.Add("there are no (window, spectrogram) pairs.");
        if (windowLabels.Count != windows.Count) errors.Add($"{windows.Count} windows but {windowLabels.Count} window labels.");
        if (spectrogramLabels.Count != spectrograms.Count) errors.Add($"{spectrograms.Count} spectrograms but {spectrogramLabels.Count} spectrogram labels.");
        CheckRows(windows, Shapes.WindowLength, "window", "(10, 3, 28, 28)", errors);
        CheckRows(spectrograms, Shapes.SpectrogramLength, "spectrogram", "(3, 28, 112)", errors);
        CheckLabels(windowLabels, "window", errors);
        CheckLabels(spectrogramLabels, "spectrogram", errors);
        for (int i = 0; i < pairs.Count && errors.Count < 10; i++)
        {
            var (w, s) = pairs[i];
            if (w < 0 || w >= windows.Count) errors.Add($"pair {i} names window {w} (there are {windows.Count}).");
            if (s < 0 || s >= spectrograms.Count) errors.Add($"pair {i} names spectrogram {s} (there are {spectrograms.Count}).");
        }
        if (errors.Count > 0)
            throw new ArgumentException("Invalid GanDataset:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors.Take(10)));
        Windows = windows;
        WindowLabels = windowLabels;
        Spectrograms = spectrograms;
        SpectrogramLabels = spectrogramLabels;
        Pairs = pairs;
    }

    private static void CheckRows(IReadOnlyList<float[]> rows, int length, string what, string shape, List<string> errors)
    {
        for (int i = 0; i < rows.Count && errors.Count < 10; i++)
        {
            var row = rows[i];
            if (row is null) { errors.Add($"{what} {i} is null."); continue; }
            if (row.Length != length) { errors.Add($"{what} {i} has {row.Length} floats; expected {length} = {shape}."); continue; }
            int bad = Array.FindIndex(row, v => !float.IsFinite(v));
            if (bad >= 0) errors.Add($"{what} {i} holds {row[bad]} at position {bad}.");
        }
    }

    private static void CheckLabels(IReadOnlyList<int> labels, string what, List<string> errors)
    {
        for (int i = 0; i < labels.Count && errors.Count < 10; i++)
            if (labels[i] < 0 || labels[i] >= Emotions.Count)
                errors.Add($"{what} label {i} is {labels[i]}; emotion indices are 0 to {Emotions.Count - 1}.");
    }
}
