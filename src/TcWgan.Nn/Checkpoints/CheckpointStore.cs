using System.Globalization;

namespace TcWgan.Nn;

/// <summary>
/// The checkpoint folder: files <c>checkpoint-000001500.tcwgan</c> (completed steps, zero-padded), each written
/// through <see cref="AtomicFile"/> (temporary file, fsync, rename, fsync of the folder), so neither a crash nor a
/// power cut leaves a half-written checkpoint under its real name. Only the newest <see cref="Keep"/> are kept; a
/// damaged one is reported and passed over on resume (<see cref="LoadNewestValid"/>), never deleted.
/// </summary>
internal sealed class CheckpointStore
{
    private const string Prefix = "checkpoint-";
    private const string Extension = ".tcwgan";

    public string Directory { get; }
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

    /// <summary>
    /// Writes <paramref name="container"/> atomically, then prunes older checkpoints beyond <see cref="Keep"/> and the
    /// temporary files a killed writer left (a folder has one writer: the trainer using it).
    /// </summary>
    public string Save(long completedSteps, ChecksummedContainer container)
    {
        string path = PathFor(completedSteps);
        AtomicFile.Write(path, container.Write);
        var all = List();
        foreach (var (_, old) in all.Take(Math.Max(0, all.Count - Keep))) File.Delete(old);
        foreach (var temp in System.IO.Directory.EnumerateFiles(Directory, Prefix + "*" + AtomicFile.TempExtension)) File.Delete(temp);
        return path;
    }

    /// <summary>
    /// The newest checkpoint that verifies (magic, version, every length and the SHA-256 digest; see
    /// <see cref="ChecksummedContainer.Read(Stream, string, int, string)"/>), trying the newest first; null when none does or the folder is empty.
    /// <paramref name="path"/> is the file used (null when none). Every newer checkpoint passed over is listed in
    /// <paramref name="rejected"/> (newest first) as "file: why", so the caller can say which one it resumed from and
    /// why. Rejected files are left in place (evidence); the next <see cref="Save"/> of the same step replaces them.
    /// </summary>
    public ChecksummedContainer? LoadNewestValid(out string? path, out IReadOnlyList<string> rejected)
    {
        var passedOver = new List<string>();
        rejected = passedOver;
        foreach (var (_, candidate) in List().Reverse())
        {
            try
            {
                var container = Load(candidate);
                path = candidate;
                return container;
            }
            catch (ContainerFormatException e)
            {
                passedOver.Add(e.Message);
            }
        }
        path = null;
        return null;
    }

    /// <summary>
    /// One line saying what <see cref="LoadNewestValid"/> chose: "resuming from F (N steps)", with the checkpoints
    /// passed over and why; or why there is nothing to resume from.
    /// </summary>
    public static string DescribeChoice(string? path, IReadOnlyList<string> rejected)
    {
        string passed = rejected.Count == 0 ? "" : $"; passed over {rejected.Count} newer damaged checkpoint(s): {string.Join("; ", rejected)}";
        return path is null
            ? (rejected.Count == 0 ? "no checkpoint to resume from" : $"no valid checkpoint to resume from, starting over{passed}")
            : $"resuming from {Path.GetFileName(path)}, the newest checkpoint that verifies{passed}";
    }

    /// <summary>Reads and validates a checkpoint file.</summary>
    public static ChecksummedContainer Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return ChecksummedContainer.Read(stream, CheckpointFormat.Magic, CheckpointFormat.Version, path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ContainerFormatException(path, $"could not be opened ({e.Message}).", e);
        }
    }
}

/// <summary>
/// Checkpoint content (a <see cref="ChecksummedContainer"/> with magic "TCWGANCK"): metadata JSON
/// (<see cref="CheckpointMetadata"/>) and sections "encoder", "classifier", "generator", "critic" (module states incl.
/// batch-norm statistics) and "encoder.optimizer", "classifier.optimizer", "generator.optimizer", "critic.optimizer"
/// (TorchSharp optimiser state dictionaries: step counts and moment estimates). Random state is not stored: every step
/// reseeds from (Seed, step) (<see cref="Seeds.Derive(long, long)"/>), so a resumed run replays the same draws.
/// </summary>
internal static class CheckpointFormat
{
    public const string Magic = "TCWGANCK";
    public const int Version = 1;
}

/// <summary>The metadata JSON of a checkpoint.</summary>
/// <param name="CompletedSteps">Steps done over all phases.</param>
/// <param name="OptionsFingerprint">JSON of the options that must match to resume.</param>
/// <param name="TrainingTimeTicks">Training time so far.</param>
/// <param name="History">Loss records of every completed step.</param>
internal sealed record CheckpointMetadata(long CompletedSteps, string OptionsFingerprint, long TrainingTimeTicks, List<LossRecord> History);
