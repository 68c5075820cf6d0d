namespace TcWgan.Media;

/// <summary>
/// Recognises common media containers by their first bytes. Used to tell a damaged media file (Truncated) from a
/// file that is not media at all (WrongContainer): ffmpeg says "moov atom not found" for both a cut-off mp4 and a
/// text file named .mp4.
/// </summary>
internal static class ContainerSniffer
{
    private static readonly string[] IsoBoxTypes = ["ftyp", "moov", "mdat", "free", "skip", "wide", "pnot", "styp"];

    /// <summary>True when the file starts like MP4/MOV, FLV, WAV/AVI (RIFF), Matroska/WebM, Ogg, FLAC, MP3 or MPEG-TS/PS.</summary>
    public static bool LooksLikeMedia(string path)
    {
        Span<byte> head = stackalloc byte[12];
        int n;
        try
        {
            using var stream = File.OpenRead(path);
            n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
        return LooksLikeMedia(head[..n]);
    }

    /// <summary>As <see cref="LooksLikeMedia(string)"/> on a file's first bytes.</summary>
    public static bool LooksLikeMedia(ReadOnlySpan<byte> head)
    {
        static bool Ascii(ReadOnlySpan<byte> b, int at, string s) =>
            b.Length >= at + s.Length && System.Text.Encoding.ASCII.GetString(b.Slice(at, s.Length)) == s;
        foreach (string box in IsoBoxTypes)
            if (Ascii(head, 4, box)) return true;
        if (Ascii(head, 0, "FLV") || Ascii(head, 0, "RIFF") || Ascii(head, 0, "OggS") || Ascii(head, 0, "fLaC")
            || Ascii(head, 0, "ID3")) return true;
        if (head.Length >= 4 && head[0] == 0x1A && head[1] == 0x45 && head[2] == 0xDF && head[3] == 0xA3) return true; // EBML
        if (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0) return true; // MPEG audio frame sync
        if (head.Length >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 1 && head[3] == 0xBA) return true; // MPEG-PS
        return head.Length >= 1 && head[0] == 0x47; // MPEG-TS sync byte
    }
}
