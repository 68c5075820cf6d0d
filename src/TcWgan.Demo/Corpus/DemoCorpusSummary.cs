namespace TcWgan.Demo;

/// <summary>What <see cref="DemoCorpusRenderer.Render"/> wrote.</summary>
/// <param name="Root">Corpus folder.</param>
/// <param name="Layout">Layout written.</param>
/// <param name="Preset">Preset written.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Clips">Every clip in plan order.</param>
/// <param name="DemographicsPath">CREMA-D demographics table, null for RAVDESS.</param>
/// <param name="Elapsed">Wall-clock rendering time.</param>
public sealed record DemoCorpusSummary(
    string Root,
    DemoLayout Layout,
    DemoPreset Preset,
    int Seed,
    IReadOnlyList<DemoClip> Clips,
    string? DemographicsPath,
    TimeSpan Elapsed)
{
    /// <summary>Clip counts per emotion (every class present, zero when none).</summary>
    public IReadOnlyDictionary<Emotion, int> CountsByEmotion() =>
        Emotions.All.ToDictionary(e => e, e => Clips.Count(c => c.Emotion == e));

    /// <summary>Clip counts per speaker.</summary>
    public IReadOnlyDictionary<string, int> CountsBySpeaker() =>
        Clips.GroupBy(c => c.Speaker).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>One written clip with its intended labels; paths are absolute.</summary>
/// <param name="Id">Clip name (file name without extension).</param>
/// <param name="VideoPath">Video file.</param>
/// <param name="AudioPath">Separate WAV file, or null.</param>
/// <param name="Emotion">Intended emotion.</param>
/// <param name="Speaker">Speaker id as written in the name ("1001", "01").</param>
/// <param name="Sentence">Sentence or statement code.</param>
/// <param name="Intensity">Intended intensity.</param>
/// <param name="IntensityCode">Intensity as written in the name (LO/MD/HI/XX or 01/02).</param>
/// <param name="Sex">Speaker's sex.</param>
/// <param name="ExpressionScale">Deviation from neutral used for voice and face.</param>
/// <param name="DurationSeconds">Clip length.</param>
public sealed record DemoClip(
    string Id,
    string VideoPath,
    string? AudioPath,
    Emotion Emotion,
    string Speaker,
    string Sentence,
    DemoIntensity Intensity,
    string IntensityCode,
    Sex Sex,
    double ExpressionScale,
    double DurationSeconds);
