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
}

/// <summary>A clip that was reported and skipped: its path, the kind of problem and a human message.</summary>
public sealed record SkippedClip(string Path, SkipReason Reason, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}: {Message}";
}

/// <summary>
/// Collects skipped clips during a long run; never throws. Thread-safe.
/// </summary>
public sealed class SkipLog
{
    private readonly List<SkippedClip> _items = [];
    private readonly Lock _gate = new();

    /// <summary>Raised for each skip, e.g. to print a warning at once.</summary>
    public event Action<SkippedClip>? Skipped;

    /// <summary>Records a skipped clip.</summary>
    public void Add(SkippedClip clip)
    {
        lock (_gate) _items.Add(clip);
        Skipped?.Invoke(clip);
    }

    /// <summary>Records a skipped clip.</summary>
    public void Add(string path, SkipReason reason, string message) => Add(new SkippedClip(path, reason, message));

    /// <summary>Snapshot of everything skipped so far.</summary>
    public IReadOnlyList<SkippedClip> Items { get { lock (_gate) return _items.ToArray(); } }

    /// <summary>Counts per reason.</summary>
    public IReadOnlyDictionary<SkipReason, int> CountsByReason()
    {
        lock (_gate) return _items.GroupBy(i => i.Reason).ToDictionary(g => g.Key, g => g.Count());
    }
}

/// <summary>An error about one clip that carries its path and reason; caught by loops that skip bad clips.</summary>
public sealed class ClipException(string path, SkipReason reason, string message, Exception? inner = null)
    : Exception($"{path}: {message}", inner)
{
    /// <summary>The offending file.</summary>
    public string Path { get; } = path;
    /// <summary>The kind of problem.</summary>
    public SkipReason Reason { get; } = reason;
    /// <summary>The skip record for this error.</summary>
    public SkippedClip ToSkipped() => new(Path, Reason, base.Message[(Path.Length + 2)..]);
}
