using System.Diagnostics.CodeAnalysis;

namespace TcWgan.Data;

/// <summary>
/// A versioned on-disk cache of prepared tensors, one file per <see cref="CacheKey"/> in a flat folder.
/// Entries are written through <see cref="AtomicFile"/> (a temporary file in the same folder, fsynced, renamed over
/// the target, then the folder fsynced), so readers never see half an entry, nor does a power cut lose a rename; a damaged entry (see <see cref="CacheEntryFormat"/>) is reported through
/// <see cref="Damaged"/>, deleted and treated as a miss. Safe to share between threads and processes: concurrent
/// writers of one key each write a complete file and the last rename wins.
/// </summary>
public sealed class TensorCache
{
    /// <summary>Version of the entry layout and of the key recipe; part of every key and every header.</summary>
    public const int FormatVersion = 2;

    /// <summary>File extension of entries.</summary>
    public const string EntryExtension = ".tcc";

    /// <summary>File extension of in-flight temporary files.</summary>
    public const string TempExtension = AtomicFile.TempExtension;

    /// <summary>Opens (and creates if needed) a cache in <paramref name="folder"/>.</summary>
    public TensorCache(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The cache folder (absolute).</summary>
    public string Folder { get; }

    /// <summary>Raised when a damaged entry is found (before it is deleted). May be raised from several threads.</summary>
    public event Action<CacheDamage>? Damaged;

    /// <summary>Path of the entry file for <paramref name="key"/>.</summary>
    public string PathFor(CacheKey key) => Path.Combine(Folder, key.Hex + EntryExtension);

    /// <summary>True when an entry file exists for <paramref name="key"/> (it may still be damaged).</summary>
    public bool Contains(CacheKey key) => File.Exists(PathFor(key));

    /// <summary>
    /// Reads the entry for <paramref name="key"/>. False when there is none or it is damaged; a damaged entry is
    /// reported through <see cref="Damaged"/> and <paramref name="damage"/>, and deleted.
    /// </summary>
    public bool TryGet(CacheKey key, [NotNullWhen(true)] out TensorEntry? entry, out CacheDamage? damage)
    {
        entry = null;
        damage = null;
        string path = PathFor(key);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }

        entry = CacheEntryFormat.TryDecode(bytes, key, out string? reason);
        if (entry is not null) return true;

        damage = new CacheDamage(path, reason ?? "unreadable entry");
        Damaged?.Invoke(damage);
        AtomicFile.TryDelete(path);
        return false;
    }

    /// <summary>Reads the entry for <paramref name="key"/>; false when absent or damaged (see the other overload).</summary>
    public bool TryGet(CacheKey key, [NotNullWhen(true)] out TensorEntry? entry) => TryGet(key, out entry, out _);

    /// <summary>
    /// Writes (or replaces) the entry for <paramref name="key"/> atomically and durably (<see cref="AtomicFile"/>:
    /// temporary file, fsync, rename, fsync of the folder).
    /// </summary>
    public void Put(CacheKey key, TensorEntry entry)
    {
        byte[] bytes = CacheEntryFormat.Encode(key, entry);
        string target = PathFor(key);
        try
        {
            AtomicFile.WriteAllBytes(target, bytes);
        }
        catch (IOException) when (TryGet(key, out _, out _))
        {
            // The complete temp file could not replace the target: another writer of the same key got there first and
            // holds it open (Windows). Its entry verifies and holds the same tensors (same key), so keep it.
        }
    }

    /// <summary>
    /// Returns the entry for <paramref name="key"/>, building and storing it with <paramref name="build"/> on a miss or
    /// after a damaged entry. Exceptions from <paramref name="build"/> propagate and nothing is stored.
    /// </summary>
    public TensorEntry GetOrAdd(CacheKey key, Func<TensorEntry> build, out CacheOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (TryGet(key, out var cached, out var damage))
        {
            outcome = CacheOutcome.Hit;
            return cached;
        }
        var built = build();
        Put(key, built);
        outcome = damage is null ? CacheOutcome.Miss : CacheOutcome.Rebuilt;
        return built;
    }

    /// <summary>Temporary files left in the folder (by a crashed writer); normally none.</summary>
    public IReadOnlyList<string> TempFiles() => Directory.GetFiles(Folder, "*" + TempExtension);

    /// <summary>Entry files in the folder.</summary>
    public IReadOnlyList<string> EntryFiles() => Directory.GetFiles(Folder, "*" + EntryExtension);
}

/// <summary>How a cache look-up was answered.</summary>
public enum CacheOutcome
{
    /// <summary>A valid entry was read.</summary>
    Hit,
    /// <summary>No entry existed; it was built (and stored).</summary>
    Miss,
    /// <summary>An entry existed but was damaged; it was deleted, rebuilt and stored again.</summary>
    Rebuilt,
}

/// <summary>A damaged cache entry that was found, deleted and will be rebuilt.</summary>
/// <param name="Path">The entry's file.</param>
/// <param name="Reason">What was wrong (bad magic, version, truncated, checksum mismatch, …).</param>
public sealed record CacheDamage(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
