using System.Diagnostics;

namespace TcWgan.TestSupport;

/// <summary>
/// Makes small media files with the system ffmpeg (lavfi sources) for decode and bad-input tests.
/// </summary>
public static class FfmpegClips
{
    /// <summary>Runs ffmpeg with the given arguments; throws with its stderr when it fails.</summary>
    public static void Run(params string[] args)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-hide_banner", "-loglevel", "error", "-y" }.Concat(args)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"ffmpeg {string.Join(' ', args)} failed: {err}");
    }

    /// <summary>A test-pattern video with a sine tone: <paramref name="seconds"/> long, 25 fps.</summary>
    public static string VideoWithTone(string path, double seconds = 3, int width = 320, int height = 240,
        double toneHz = 440, bool withAudio = true, bool withVideo = true)
    {
        var args = new List<string>();
        if (withVideo) args.AddRange(["-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate=25:duration={seconds}"]);
        if (withAudio) args.AddRange(["-f", "lavfi", "-i", $"sine=frequency={toneHz}:sample_rate=44100:duration={seconds}"]);
        if (withVideo) args.AddRange(["-pix_fmt", "yuv420p"]);
        args.Add(path);
        Run([.. args]);
        return path;
    }

    /// <summary>A 16 kHz mono WAV holding a sine tone.</summary>
    public static string ToneWav(string path, double seconds = 2, double toneHz = 1000, int sampleRate = 16000)
    {
        Run("-f", "lavfi", "-i", $"sine=frequency={toneHz}:sample_rate={sampleRate}:duration={seconds}", "-ac", "1",
            "-c:a", "pcm_s16le", path);
        return path;
    }

    /// <summary>
    /// <paramref name="video"/>'s picture (copied, not re-encoded) with an all-zero audio track (<c>anullsrc</c>,
    /// AAC) of <paramref name="seconds"/>: a real face with digital silence.
    /// </summary>
    public static string WithSilentAudio(string video, string path, double seconds)
    {
        Run("-i", video, "-f", "lavfi", "-i", "anullsrc=r=44100:cl=mono", "-map", "0:v:0", "-map", "1:a:0",
            "-c:v", "copy", "-c:a", "aac", "-t", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), path);
        return path;
    }

    /// <summary>
    /// A copy of <paramref name="source"/> with <paramref name="count"/> bytes from <paramref name="startFraction"/>
    /// of its length overwritten by seeded random bytes (the container header and index at either end survive).
    /// </summary>
    public static string Overwritten(string source, string path, double startFraction, int count, int seed = 1)
    {
        byte[] bytes = File.ReadAllBytes(source);
        int start = (int)(bytes.Length * startFraction);
        new Random(seed).NextBytes(bytes.AsSpan(start, Math.Min(count, bytes.Length - start)));
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A copy of <paramref name="source"/> with the middle third of its bytes overwritten by seeded random bytes.</summary>
    public static string MiddleThirdOverwritten(string source, string path, int seed = 1)
    {
        long length = new FileInfo(source).Length;
        return Overwritten(source, path, 1.0 / 3, (int)(length / 3), seed);
    }
}
