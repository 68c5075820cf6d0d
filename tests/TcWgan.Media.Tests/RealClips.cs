using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

/// <summary>Paths of the real sample clips (read in place).</summary>
internal static class RealClips
{
    public static string CremaAngerFlv => Path.Combine(RepoPaths.RealCremaD, "VideoFlash", "1001_DFA_ANG_XX.flv");
    public static string CremaHappyFlv => Path.Combine(RepoPaths.RealCremaD, "VideoFlash", "1001_DFA_HAP_XX.flv");
    public static string CremaAngerWav => Path.Combine(RepoPaths.RealCremaD, "AudioWAV", "1001_DFA_ANG_XX.wav");
    public static string RavdessMp4 => Path.Combine(RepoPaths.RealRavdess, "Actor_01", "01-01-01-01-01-01-01.mp4");
    public static string RavdessNeutralWav => Path.Combine(RepoPaths.RealRavdess, "Actor_01", "03-01-01-01-01-01-01.wav");

    public static IEnumerable<string> Videos => [CremaAngerFlv, CremaHappyFlv, RavdessMp4];
}
