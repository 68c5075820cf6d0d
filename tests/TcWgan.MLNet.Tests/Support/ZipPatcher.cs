using System.IO.Compression;
using System.Security.Cryptography;

namespace TcWgan.MLNet.Tests.Support;

/// <summary>Edits the TcWgan payload inside a saved model .zip, to test how damage is reported.</summary>
internal static class ZipPatcher
{
    /// <summary>
    /// Applies <paramref name="edit"/> to the bytes of the first entry holding a TcWgan payload (given the offset of its
    /// container, which an int64 length precedes). With <paramref name="reseal"/> the container's SHA-256 is recomputed
    /// afterwards, as if a (newer or careless) writer had produced the edited content; without it the edit is damage.
    /// </summary>
    public static void PatchPayload(string zipPath, Action<byte[], int> edit, bool reseal = true)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.ToList())
        {
            byte[] bytes;
            using (var s = entry.Open()) { using var m = new MemoryStream(); s.CopyTo(m); bytes = m.ToArray(); }
            int at = bytes.AsSpan().IndexOf("TCWGANML"u8);
            if (at < 0) continue;
            edit(bytes, at);
            if (reseal)
            {
                int length = (int)BitConverter.ToInt64(bytes, at - 8);
                SHA256.HashData(bytes.AsSpan(at, length - 32)).CopyTo(bytes, at + length - 32);
            }
            string name = entry.FullName;
            entry.Delete();
            using var w = zip.CreateEntry(name).Open();
            w.Write(bytes);
            return;
        }
        throw new InvalidOperationException($"{zipPath} holds no TcWgan payload.");
    }

    /// <summary>All messages of an exception and its inner exceptions.</summary>
    public static string Messages(Exception e)
    {
        var parts = new List<string>();
        for (Exception? x = e; x is not null; x = x.InnerException) parts.Add($"{x.GetType().Name}: {x.Message}");
        return string.Join(" | ", parts);
    }
}
