using System.Runtime.Versioning;
using FFMpegCore;
using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

[UnsupportedOSPlatform("windows")] // shell-script stand-ins for ffmpeg and ffprobe
public sealed class FfOptionsTests
{
    /// <summary>A folder whose ffprobe/ffmpeg are scripts: they answer -version, then fail (or fail everything).</summary>
    private static TempDir StandIns(bool answerVersion)
    {
        var bin = new TempDir();
        foreach (string tool in new[] { "ffprobe", "ffmpeg" })
        {
            string script = bin.Combine(tool);
            string version = answerVersion ? $"if [ \"$1\" = \"-version\" ]; then echo '{tool} version stand-in'; exit 0; fi\n" : "";
            File.WriteAllText(script, $"#!/bin/sh\n{version}echo 'stand-in {tool} refuses' >&2\nexit 3\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return bin;
    }

    [Fact]
    public void OptionsArePassedIn_AndTheToolsStderrIsKept()
    {
        using var bin = StandIns(answerVersion: true);
        var options = new FFOptions { BinaryFolder = bin.Path };

        var probe = Assert.Throws<ClipException>(() => MediaProbe.Probe(RealClips.CremaAngerWav, options));
        Assert.Contains("stand-in ffprobe refuses", probe.Message);
        var decode = Assert.Throws<ClipException>(() => AudioDecoder.DecodeMono16k(RealClips.CremaAngerWav, options));
        Assert.Contains("stand-in ffmpeg refuses", decode.Message);
        Assert.Contains("exit 3", decode.Message);

        // The default options still reach the real tools: nothing global was changed.
        Assert.True(MediaProbe.Probe(RealClips.CremaAngerWav).HasAudio);
    }

    [Fact]
    public void BrokenTool_IsAnEnvironmentError_NotABadClip()
    {
        using var bin = StandIns(answerVersion: false);
        var options = new FFOptions { BinaryFolder = bin.Path };
        var e = Assert.Throws<InvalidOperationException>(() => MediaProbe.Probe(RealClips.CremaAngerWav, options));
        Assert.Contains("ffprobe", e.Message);
        Assert.Contains("apt-get install ffmpeg", e.Message);
    }
}
