namespace TcWgan.Data;

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
