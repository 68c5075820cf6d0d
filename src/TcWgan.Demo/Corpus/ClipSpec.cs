namespace TcWgan.Demo;

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
