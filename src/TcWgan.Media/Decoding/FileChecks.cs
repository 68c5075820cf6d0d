namespace TcWgan.Media;

/// <summary>Cheap checks on a path before any decoder runs: exists, readable, not empty.</summary>
internal static class FileChecks
{
    /// <summary>Throws <see cref="ClipException"/> (Unreadable or EmptyFile) unless the file can be opened and has bytes.</summary>
    public static void RequireReadableNonEmpty(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            throw new ClipException(path, SkipReason.Unreadable, "is a folder, not a media file");
        if (!File.Exists(path))
            throw new ClipException(path, SkipReason.Unreadable, "file not found");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            if (stream.Length == 0)
                throw new ClipException(path, SkipReason.EmptyFile, "file is empty (0 bytes)");
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ClipException(path, SkipReason.Unreadable, $"cannot be read: {e.Message}", e);
        }
    }
}
