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

/// <summary>
/// A clip that was reported and skipped: the file to blame, the kind of problem and a human message.
/// <see cref="OtherFiles"/> names the clip's other files that go with it (e.g. the video whose separate audio is
/// silent), so a summary can say where every file went.
/// </summary>
public sealed record SkippedClip(string Path, SkipReason Reason, string Message)
{
    /// <summary>The clip's other files, skipped with it; empty when the clip is one file.</summary>
    public IReadOnlyList<string> OtherFiles { get; init; } = [];

    /// <summary>Files this skip accounts for: <see cref="Path"/> and <see cref="OtherFiles"/>.</summary>
    public int FileCount => 1 + OtherFiles.Count;

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}: {Message}";
}
