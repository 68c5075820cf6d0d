namespace TcWgan;

/// <summary>Biological sex as recorded by a corpus's metadata.</summary>
public enum Sex { Unknown = 0, Female = 1, Male = 2 }

/// <summary>
/// One labelled audio-visual clip, as a loader found it on disk. Paths are absolute.
/// </summary>
/// <param name="Id">Clip name without extension (e.g. <c>1001_DFA_ANG_XX</c>).</param>
/// <param name="VideoPath">Video file holding the face (and possibly the audio).</param>
/// <param name="AudioPath">Separate audio file; null means "use the video's own audio".</param>
/// <param name="Emotion">Label.</param>
/// <param name="Speaker">Actor / speaker id; splits are by speaker.</param>
/// <param name="Sentence">Sentence or statement code, when known.</param>
/// <param name="Intensity">Intensity code as the corpus writes it (LO/MD/HI/XX, 01/02), when known.</param>
/// <param name="Sex">Speaker's sex, when known.</param>
/// <param name="Corpus">Which loader produced the record (crema-d, ravdess, manifest).</param>
public sealed record ClipRecord(
    string Id,
    string VideoPath,
    string? AudioPath,
    Emotion Emotion,
    string Speaker,
    string? Sentence = null,
    string? Intensity = null,
    Sex Sex = Sex.Unknown,
    string Corpus = "")
{
    /// <summary>The file the audio is decoded from.</summary>
    public string AudioSource => AudioPath ?? VideoPath;

    /// <summary>The clip's files: the video, then the separate audio file when there is one.</summary>
    public IReadOnlyList<string> Files => AudioPath is null ? [VideoPath] : [VideoPath, AudioPath];
}
