namespace TcWgan;

/// <summary>
/// The ledger of a long run: how many files the loaders found, the clips that were skipped (errors) and the files
/// that were left out on purpose (rules). Together with the clips that were kept, every file found appears once.
/// Never throws. Thread-safe.
/// </summary>
public sealed class SkipLog
{
    private readonly List<SkippedClip> _items = [];
    private readonly List<LeftOutFile> _leftOut = [];
    private readonly Lock _gate = new();
    private int _filesFound;

    /// <summary>Raised for each skip, e.g. to print a warning at once.</summary>
    public event Action<SkippedClip>? Skipped;

    /// <summary>Raised for each file left out by a rule.</summary>
    public event Action<LeftOutFile>? LeftOut;

    /// <summary>Records a skipped clip.</summary>
    public void Add(SkippedClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        lock (_gate) _items.Add(clip);
        Skipped?.Invoke(clip);
    }

    /// <summary>Records a skipped clip.</summary>
    public void Add(string path, SkipReason reason, string message) => Add(new SkippedClip(path, reason, message));

    /// <summary>Records a file left out by a rule.</summary>
    public void LeaveOut(string path, LeaveOutRule rule, string message)
    {
        var file = new LeftOutFile(path, rule, message);
        lock (_gate) _leftOut.Add(file);
        LeftOut?.Invoke(file);
    }

    /// <summary>Adds <paramref name="files"/> to the count of files found (loaders call this once per folder or manifest).</summary>
    public void CountFound(int files)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(files);
        Interlocked.Add(ref _filesFound, files);
    }

    /// <summary>Files the loaders found (for a manifest: the files its rows name, see ManifestLoader).</summary>
    public int FilesFound => Volatile.Read(ref _filesFound);

    /// <summary>Snapshot of everything skipped so far.</summary>
    public IReadOnlyList<SkippedClip> Items { get { lock (_gate) return _items.ToArray(); } }

    /// <summary>Snapshot of every file left out so far.</summary>
    public IReadOnlyList<LeftOutFile> LeftOutFiles { get { lock (_gate) return _leftOut.ToArray(); } }

    /// <summary>Skipped clips per reason.</summary>
    public IReadOnlyDictionary<SkipReason, int> CountsByReason()
    {
        lock (_gate) return _items.GroupBy(i => i.Reason).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Files left out per rule.</summary>
    public IReadOnlyDictionary<LeaveOutRule, int> CountsByRule()
    {
        lock (_gate) return _leftOut.GroupBy(i => i.Rule).ToDictionary(g => g.Key, g => g.Count());
    }
}
