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
