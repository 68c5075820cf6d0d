using System.Security.Cryptography;
using System.Text;

namespace TcWgan.Data;

/// <summary>
/// The name of one cache entry: a SHA-256 over the cache format version, the full contents of the input files and a
/// canonical settings text. Two keys are equal exactly when those three are equal (up to SHA-256 collisions).
/// </summary>
/// <remarks>
/// File identity is the SHA-256 of the whole file, streamed (not size + mtime, not a partial hash): a re-encoded
/// clip with the same size and timestamp still gets a new key, and copying or touching a file keeps its key.
/// Hashing streams at disk speed (a 3 s clip is a few hundred kB to a few MB), far below the cost of decoding it.
/// </remarks>
public readonly record struct CacheKey
{
    private readonly string _hex;

    private CacheKey(string hex) => _hex = hex;

    /// <summary>Lower-case hexadecimal SHA-256 (64 characters); used as the entry's file name.</summary>
    public string Hex => _hex ?? throw new InvalidOperationException("Default CacheKey has no value; use CacheKey.Create.");

    /// <summary>
    /// Builds a key from the contents of <paramref name="files"/> (in the given order) and a canonical
    /// <paramref name="settings"/> text (see <see cref="CanonicalSettings"/>).
    /// </summary>
    /// <exception cref="IOException">A file cannot be read (the message names it).</exception>
    public static CacheKey Create(IEnumerable<string> files, string settings)
    {
        ArgumentNullException.ThrowIfNull(files);
        return FromHashes(files.Select(HashFile).ToArray(), settings);
    }

    /// <summary>
    /// Builds a key from already computed file hashes (<see cref="HashFile"/>, in order) and a canonical settings text;
    /// <c>FromHashes(files.Select(HashFile), s) == Create(files, s)</c>.
    /// </summary>
    public static CacheKey FromHashes(IReadOnlyList<(string Sha256, long Length)> files, string settings)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(settings);
        var text = new StringBuilder();
        text.Append("tcwgan-tensor-cache\nformat=").Append(TensorCache.FormatVersion).Append('\n');
        for (int i = 0; i < files.Count; i++)
            text.Append("file[").Append(i).Append("]=").Append(files[i].Length).Append(':').Append(files[i].Sha256).Append('\n');
        text.Append("settings=").Append(settings);
        return new CacheKey(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    /// <summary>Parses a 64-character hexadecimal key (e.g. an entry's file name).</summary>
    public static CacheKey Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 64 || !hex.All(Uri.IsHexDigit))
            throw new FormatException($"'{hex}' is not a 64-digit hexadecimal cache key.");
        return new CacheKey(hex.ToLowerInvariant());
    }

    /// <summary>SHA-256 (lower-case hex) and length of a file's full contents, streamed.</summary>
    public static (string Sha256, long Length) HashFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16,
            FileOptions.SequentialScan);
        return (Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
    }

    public override string ToString() => _hex ?? "(none)";
}
