namespace TcWgan.Experiments;

/// <summary>Writes files through a temp file + rename so a killed run never leaves half a file.</summary>
public static class AtomicFile
{
    /// <summary>Writes text atomically.</summary>
    public static void WriteAllText(string path, string text)
    {
        string temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
