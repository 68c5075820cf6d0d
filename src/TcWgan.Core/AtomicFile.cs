using System.Runtime.InteropServices;
using System.Text;

namespace TcWgan;

/// <summary>
/// Writes a file so that a crash, a <c>kill -9</c> or a power cut leaves under its name either the old file or the
/// complete new one, never half of one: the bytes go to a temporary file in the same folder (<c>name.GUID.tmp</c>),
/// which is flushed to the disk (fsync), renamed over the target, and then the folder itself is fsynced.
/// </summary>
/// <remarks>
/// Why the folder is fsynced: a rename only rewrites the folder's entry, and that entry lives in the folder's own
/// metadata. Until that metadata reaches the disk, a power cut can bring back the old entry (or none) even though
/// the new file's bytes are safe — POSIX makes a rename durable only once the folder is fsynced, which on Linux
/// and macOS means opening the folder read-only and calling <c>fsync</c> on that descriptor. Windows has no
/// folder fsync (NTFS journals the rename itself) and some file systems refuse it (EINVAL); there it is a no-op.
/// The temporary file sits in the target's folder because a rename is only atomic within one file system.
/// </remarks>
public static class AtomicFile
{
    /// <summary>Extension of in-flight temporary files (a killed writer can leave one behind; it is never read).</summary>
    public const string TempExtension = ".tmp";

    /// <summary>
    /// Writes <paramref name="path"/> through <paramref name="write"/> atomically and durably. When
    /// <paramref name="write"/> or any step fails, the temporary file is removed, the old file (if any) is left as
    /// it was and the exception propagates.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        string target = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(target)!;
        string temp = TempPathFor(target);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        SyncFolder(folder);
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically and durably.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) atomically and durably.</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }

    /// <summary>A fresh temporary path beside <paramref name="target"/>: <c>target.GUID.tmp</c>.</summary>
    public static string TempPathFor(string target) => $"{target}.{Guid.NewGuid():N}{TempExtension}";

    /// <summary>
    /// Makes the entries of <paramref name="folder"/> (renames, new files) durable: fsync on the folder where the
    /// platform supports it, a no-op elsewhere. Throws <see cref="IOException"/> only when the disk reports an I/O
    /// error; a folder that cannot be opened or a file system that refuses folder fsync is left alone.
    /// </summary>
    public static void SyncFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (OperatingSystem.IsWindows() || !(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()))
            return;
        int fd;
        try
        {
            fd = Posix.Open(folder, Posix.ReadOnly);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return;
        }
        if (fd < 0) return;
        try
        {
            if (Posix.FSync(fd) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Posix.EIO)
                    throw new IOException($"fsync of folder '{folder}' failed with an I/O error (errno {errno}); the last rename may not be on disk.");
            }
        }
        finally
        {
            Posix.Close(fd);
        }
    }

    /// <summary>Deletes <paramref name="path"/> if it can; a file that is in use or may not be deleted is left alone.</summary>
    public static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>The three libc calls a folder fsync needs.</summary>
    private static class Posix
    {
        public const int ReadOnly = 0; // O_RDONLY on every POSIX system
        public const int EIO = 5;

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int FSync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);
    }
}
