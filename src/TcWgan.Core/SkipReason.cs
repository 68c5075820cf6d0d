namespace TcWgan;

/// <summary>Why a clip could not be used. Each kind is counted separately in summaries.</summary>
public enum SkipReason
{
    Unreadable,
    EmptyFile,
    Truncated,
    WrongContainer,
    NoVideoStream,
    NoAudioStream,
    TooFewFrames,
    NoFaceFound,
    UnknownLabel,
    BadName,
    DecodeFailed,
    /// <summary>The audio holds no speech: digital silence or a level below the silence threshold.</summary>
    Silent,
    /// <summary>ffmpeg decoded the clip but reported more decode errors than the damage threshold allows.</summary>
    Damaged,
    /// <summary>The clip is longer than the configured limit (read from the probe, before any decoding).</summary>
    TooLong,
}
