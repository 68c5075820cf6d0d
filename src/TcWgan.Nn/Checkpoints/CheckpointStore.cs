using System.Globalization;

namespace TcWgan.Nn;

/// <summary>
/// The checkpoint folder: files <c>checkpoint-000001500.tcwgan</c> (completed steps, zero-padded), each written to
/// a <c>.tmp</c> file and renamed into place, so a crash never leaves a half-written checkpoint under its real name.
/// Only the newest <see cref="Keep"/> are kept; a damaged newest one is reported, never deleted.
/// </summary>
public sealed class CheckpointStore
{
    private const string Prefix = "checkpoint-";
    private const string Extension = ".tcwgan";

    /// <summary>The folder.</summary>
    public string Directory { get; }
    /// <summary>How many checkpoints are kept.</summary>
    public int Keep { get; }

    /// <summary>Uses (and creates) <paramref name="directory"/>.</summary>
    public CheckpointStore(string directory, int keep)
    {
        if (keep < 1) throw new ArgumentOutOfRangeException(nameof(keep), keep, "Keep at least one checkpoint.");
        Directory = Path.GetFullPath(directory);
        Keep = keep;
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>Path of the checkpoint after <paramref name="completedSteps"/> steps.</summary>
    public string PathFor(long completedSteps) =>
        Path.Combine(Directory, Prefix + completedSteps.ToString("D9", CultureInfo.InvariantCulture) + Extension);

    /// <summary>Checkpoints on disk, oldest first, with their step counts.</summary>
    public IReadOnlyList<(long CompletedSteps, string Path)> List()
    {
        var found = new List<(long, string)>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, Prefix + "*" + Extension))
        {
            var stem = Path.GetFileNameWithoutExtension(path)[Prefix.Length..];
            if (long.TryParse(stem, NumberStyles.None, CultureInfo.InvariantCulture, out long steps)) found.Add((steps, path));
        }
        return found.OrderBy(f => f.Item1).ToList();
    }

    /// <summary>The newest checkpoint, or null.</summary>
    public string? Latest() => List() is { Count: > 0 } all ? all[^1].Path : null;

    /// <summary>Writes <paramref name="container"/> atomically, then prunes older checkpoints beyond <see cref="Keep"/>.</summary>
    public string Save(long completedSteps, ModelContainer container)
    {
        string path = PathFor(completedSteps);
        WriteAtomically(path, container.Write);
        var all = List();
        foreach (var (_, old) in all.Take(Math.Max(0, all.Count - Keep))) File.Delete(old);
        return path;
    }

    /// <summary>Reads and validates a checkpoint file.</summary>
    public static ModelContainer Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return ModelContainer.Read(stream, CheckpointFormat.Magic, CheckpointFormat.Version, path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelFormatException(path, $"could not be opened ({e.Message}).", e);
        }
    }

    /// <summary>Writes a file through <c>path.tmp</c> and a rename.</summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        string temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }
}
