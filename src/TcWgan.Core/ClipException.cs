namespace TcWgan;

/// <summary>An error about one clip that carries its path and reason; caught by loops that skip bad clips.</summary>
public sealed class ClipException(string path, SkipReason reason, string message, Exception? inner = null)
    : Exception($"{path}: {message}", inner)
{
    /// <summary>The offending file.</summary>
    public string Path { get; } = path;
    /// <summary>The kind of problem.</summary>
    public SkipReason Reason { get; } = reason;
    /// <summary>The message without the leading path.</summary>
    public string Detail => base.Message[(Path.Length + 2)..];

    /// <summary>The skip record for this error.</summary>
    public SkippedClip ToSkipped() => new(Path, Reason, Detail);

    /// <summary>
    /// The skip record for this error when it ends the clip <paramref name="clip"/>: the clip's files other than
    /// <see cref="Path"/> go into <see cref="SkippedClip.OtherFiles"/>.
    /// </summary>
    public SkippedClip ToSkipped(ClipRecord clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        return ToSkipped() with { OtherFiles = clip.Files.Where(f => f != Path).ToArray() };
    }
}
