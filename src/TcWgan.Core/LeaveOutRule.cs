namespace TcWgan;

/// <summary>
/// Why a file found in a corpus was left out on purpose — a class, modality or split rule, not an error. Each rule
/// is counted separately in summaries, so every file found is accounted for.
/// </summary>
public enum LeaveOutRule
{
    /// <summary>RAVDESS emotion 02 (calm): no class among the six.</summary>
    RavdessCalm,
    /// <summary>RAVDESS emotion 08 (surprised): no class among the six.</summary>
    RavdessSurprised,
    /// <summary>An emotion the loader's options drop on purpose (e.g. RAVDESS neutral when asked).</summary>
    DroppedEmotion,
    /// <summary>Sung (RAVDESS vocal channel 02) while song is excluded.</summary>
    Song,
    /// <summary>An audio-only file with no video of the same take (RAVDESS 03 files; CREMA-D AudioWAV files without their flv).</summary>
    AudioWithoutVideo,
    /// <summary>A video left out by an audio-only study (its take is read from the audio-only file, or it has no sound).</summary>
    VideoNotUsed,
    /// <summary>A second file for a take that is already used (a RAVDESS 02 video-only file beside the 01 file of the take).</summary>
    DuplicateTake,
    /// <summary>A file whose extension the corpus layout does not use (README.txt, an .avi in VideoFlash, …).</summary>
    NotCorpusMedia,
    /// <summary>The split preset has no range for the clip's speaker.</summary>
    SpeakerNotInSplit,
    /// <summary>Class balancing took the clip out of its split part.</summary>
    ClassBalancing,
    /// <summary>A validation clip that is counted but not preprocessed (the study never reads validation).</summary>
    ValidationNotPrepared,
}

/// <summary>A file left out on purpose: its path, the rule and a human message.</summary>
public sealed record LeftOutFile(string Path, LeaveOutRule Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Rule}: {Message}";
}
