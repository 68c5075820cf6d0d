namespace TcWgan.Experiments.Study;

/// <summary>A labelled spectrogram row: what an AER classifier trains and is tested on.</summary>
public sealed class SpectrogramRow
{
    /// <summary>Emotion name (see <see cref="Emotions.Names"/>).</summary>
    public string Label { get; set; } = "";

    /// <summary>(3, 28, 112) spectrogram image in [−1, 1].</summary>
    [VectorType(Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames)]
    public float[] Spectrogram { get; set; } = [];
}

/// <summary>A face window with its clip's label and real spectrogram: what the generator trains on.</summary>
public sealed class FaceRow
{
    /// <summary>Emotion name.</summary>
    public string Label { get; set; } = "";

    /// <summary>(10, 3, 28, 28) face window in [0, 1].</summary>
    [VectorType(Shapes.WindowFrames, Shapes.Channels, Shapes.FaceSize, Shapes.FaceSize)]
    public float[] FaceWindow { get; set; } = [];

    /// <summary>(3, 28, 112) clean spectrogram of the same clip.</summary>
    [VectorType(Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames)]
    public float[] Spectrogram { get; set; } = [];
}

/// <summary>Builds the in-memory ML.NET views of the study from prepared clips.</summary>
public static class StudyRows
{
    /// <summary>One row per clip: label + clean spectrogram.</summary>
    public static List<SpectrogramRow> Clean(IEnumerable<PreparedClip> clips) =>
        clips.Select(c => new SpectrogramRow { Label = c.Clip.Emotion.Name(), Spectrogram = c.Spectrogram }).ToList();

    /// <summary>
    /// The SpecAugment baseline's additions: for each clip in turn, one of its SpecAugment variants (chosen by the
    /// seed), until <paramref name="count"/> rows exist.
    /// </summary>
    public static List<SpectrogramRow> Augmented(IReadOnlyList<PreparedClip> clips, int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => clips[i % clips.Count])
            .Select(c => new SpectrogramRow { Label = c.Clip.Emotion.Name(), Spectrogram = c.Variant(rng.Next(c.Variants.Count)) })
            .ToList();
    }

    /// <summary>
    /// Generator training rows: the <paramref name="windowsPerClip"/> middle windows of each clip, cut anew on every
    /// enumeration (an ML.NET cursor pass), so no pass keeps a corpus of float windows alive.
    /// </summary>
    public static IEnumerable<FaceRow> Faces(IEnumerable<PreparedClip> clips, int windowsPerClip) =>
        clips.SelectMany(c => MiddleWindows(c, windowsPerClip)
            .Select(w => new FaceRow { Label = c.Clip.Emotion.Name(), FaceWindow = w, Spectrogram = c.Spectrogram }));

    /// <summary>How many rows <see cref="Faces"/> yields.</summary>
    public static int FaceCount(IEnumerable<PreparedClip> clips, int windowsPerClip) =>
        clips.Sum(c => Math.Min(windowsPerClip, c.WindowCount));

    /// <summary>The middle <paramref name="count"/> windows of a clip (all when it has fewer).</summary>
    public static IEnumerable<float[]> MiddleWindows(PreparedClip clip, int count)
    {
        int n = clip.WindowCount;
        int take = Math.Min(count, n);
        int first = (n - take) / 2;
        return Enumerable.Range(first, take).Select(clip.Window);
    }

    /// <summary>An in-memory view with the vector shapes declared by the row type's attributes.</summary>
    public static IDataView View<T>(MLContext ml, IEnumerable<T> rows) where T : class => ml.Data.LoadFromEnumerable(rows);

    /// <summary>The six emotion names in class order, as key data for <c>MapValueToKey</c> (so key i is emotion i).</summary>
    public static IDataView EmotionKeys(MLContext ml) =>
        ml.Data.LoadFromEnumerable(Emotions.Names.Select(n => new LabelOnly { Label = n }));

    private sealed class LabelOnly
    {
        public string Label { get; set; } = "";
    }
}
