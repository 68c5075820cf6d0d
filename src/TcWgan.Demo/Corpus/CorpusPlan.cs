using System.Globalization;

namespace TcWgan.Demo;

/// <summary>The actors and clips a set of options renders, in a fixed order (actor, emotion, sentence, intensity, take).</summary>
public sealed class CorpusPlan
{
    private CorpusPlan(IReadOnlyList<ActorProfile> actors, IReadOnlyList<ClipSpec> clips)
    {
        Actors = actors;
        Clips = clips;
    }

    public IReadOnlyList<ActorProfile> Actors { get; }
    public IReadOnlyList<ClipSpec> Clips { get; }

    /// <summary>Plans a corpus; throws <see cref="ArgumentException"/> listing every invalid option.</summary>
    public static CorpusPlan Create(DemoCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        var spec = DemoPresetSpec.For(options.Preset, options.Layout);
        bool crema = options.Layout == DemoLayout.CremaD;
        var actors = Enumerable.Range(0, spec.Actors).Select(i =>
        {
            int number = crema ? DemoDefaults.FirstCremaActor + i : i + 1;
            string speaker = crema ? number.ToString(CultureInfo.InvariantCulture) : number.ToString("00", CultureInfo.InvariantCulture);
            return ActorProfile.Create(number, speaker, options.Seed);
        }).ToArray();

        var clips = new List<ClipSpec>();
        foreach (var actor in actors)
        foreach (var emotion in Emotions.All)
        foreach (string sentence in spec.Sentences)
        foreach (var intensity in spec.IntensitiesFor(emotion, sentence, options.Layout))
        for (int rep = 1; rep <= spec.Repetitions; rep++)
            clips.Add(crema ? CremaClip(actor, emotion, sentence, intensity, rep)
                : RavdessClip(actor, emotion, sentence, intensity, rep, options.WriteRavdessWav));
        return new CorpusPlan(actors, clips);
    }

    private static ClipSpec CremaClip(ActorProfile actor, Emotion emotion, string sentence, DemoIntensity intensity, int rep)
    {
        string id = $"{actor.Speaker}_{sentence}_{emotion.ToCremaCode()}_{intensity.ToCremaCode()}";
        return new ClipSpec(id, actor, emotion, intensity, sentence, rep,
            Path.Combine("VideoFlash", id + ".flv"), Path.Combine("AudioWAV", id + ".wav"));
    }

    private static ClipSpec RavdessClip(ActorProfile actor, Emotion emotion, string statement, DemoIntensity intensity,
        int rep, bool writeWav)
    {
        string tail = $"{emotion.ToRavdessCode():00}-{intensity.ToRavdessCode()}-{statement}-{rep:00}-{actor.Speaker}";
        string folder = "Actor_" + actor.Speaker;
        string id = "01-01-" + tail;
        return new ClipSpec(id, actor, emotion, intensity, statement, rep,
            Path.Combine(folder, id + ".mp4"), writeWav ? Path.Combine(folder, "03-01-" + tail + ".wav") : null);
    }
}

/// <summary>One clip to render: who says what, how, and where it goes (paths relative to the corpus root).</summary>
/// <param name="Id">Clip name as the corpus writes it (file name without extension).</param>
/// <param name="Actor">The speaker.</param>
/// <param name="Emotion">Intended label.</param>
/// <param name="Intensity">Intended intensity.</param>
/// <param name="Sentence">Sentence (CREMA-D) or statement (RAVDESS) code.</param>
/// <param name="Repetition">Take number (1-based).</param>
/// <param name="VideoPath">Relative path of the video file.</param>
/// <param name="AudioPath">Relative path of the separate WAV file, null when none is written.</param>
public sealed record ClipSpec(
    string Id,
    ActorProfile Actor,
    Emotion Emotion,
    DemoIntensity Intensity,
    string Sentence,
    int Repetition,
    string VideoPath,
    string? AudioPath)
{
    /// <summary>The intensity code as the layout writes it.</summary>
    public string IntensityCode(DemoLayout layout) =>
        layout == DemoLayout.CremaD ? Intensity.ToCremaCode() : Intensity.ToRavdessCode();
}
