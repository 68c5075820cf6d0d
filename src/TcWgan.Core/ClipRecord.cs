using System.Diagnostics.CodeAnalysis;

namespace TcWgan;

/// <summary>Biological sex as recorded by a corpus's metadata.</summary>
public enum Sex { Unknown = 0, Female = 1, Male = 2 }

/// <summary>
/// One labelled clip, as a loader found it on disk: audio-visual (a video, maybe with a separate audio file) or
/// audio-only (<see cref="VideoPath"/> null, from an audio corpus). Paths are absolute.
/// </summary>
/// <param name="Id">Clip name without extension (e.g. <c>1001_DFA_ANG_XX</c>).</param>
/// <param name="VideoPath">Video file holding the face (and possibly the audio); null for an audio-only clip.</param>
/// <param name="AudioPath">Separate audio file; null means "use the video's own audio". Required when there is no video.</param>
/// <param name="Emotion">Label.</param>
/// <param name="Speaker">Actor / speaker id; splits are by speaker.</param>
/// <param name="Sentence">Sentence or statement code, when known.</param>
/// <param name="Intensity">Intensity code as the corpus writes it (LO/MD/HI/XX, 01/02), when known.</param>
/// <param name="Sex">Speaker's sex, when known.</param>
/// <param name="Corpus">Which loader produced the record (crema-d, ravdess, manifest).</param>
public sealed record ClipRecord(
    string Id,
    string? VideoPath,
    string? AudioPath,
    Emotion Emotion,
    string Speaker,
    string? Sentence = null,
    string? Intensity = null,
    Sex Sex = Sex.Unknown,
    string Corpus = "")
{
    /// <summary>True when the clip has a video (faces); false for an audio-only clip.</summary>
    [MemberNotNullWhen(true, nameof(VideoPath))]
    public bool HasVideo => VideoPath is not null;

    /// <summary>The file the audio is decoded from.</summary>
    public string AudioSource => AudioPath ?? VideoPath
        ?? throw new InvalidOperationException($"Clip '{Id}' has neither a video nor an audio file.");

    /// <summary>The clip's main file: the video, or the audio file of an audio-only clip (paths in messages).</summary>
    public string MainFile => VideoPath ?? AudioSource;

    /// <summary>The clip's files: the video, then the separate audio file when there is one.</summary>
    public IReadOnlyList<string> Files => new[] { VideoPath, AudioPath }.OfType<string>().ToArray();

    /// <summary>An audio-only clip (no face): its audio file and labels.</summary>
    public static ClipRecord AudioOnly(string id, string audioPath, Emotion emotion, string speaker, string? sentence = null,
        string? intensity = null, Sex sex = Sex.Unknown, string corpus = "") =>
        new(id, null, audioPath ?? throw new ArgumentNullException(nameof(audioPath)), emotion, speaker, sentence, intensity, sex, corpus);
}
