using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TcWgan.Media;

namespace TcWgan.Benchmarks.Media;

/// <summary>
/// How long do decoding and face location take for one real clip? The clip is the RAVDESS take
/// <c>Actor_01/01-01-01-01-01-01-01.mp4</c> (H.264 1280x720, 3.3 s, AAC 48 kHz stereo): the largest and slowest
/// sample. <see cref="FacesAndAudio"/> is the whole per-clip media cost (clips/s = 1 s / Mean);
/// <see cref="Faces"/> = probe + middle-55-frame decode at width 240 + Haar on every 10th frame (tracking) + 55 crops;
/// <see cref="Audio"/> = AAC → 16 kHz mono through ffmpeg. ffmpeg runs in its own process for each step;
/// <see cref="OneProcess"/> decodes both streams in one (<see cref="ClipDecoder"/>), as preprocessing does.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
public class DecodeBenchmarks
{
    private string _video = "";
    private HaarCascadeLocator? _locator;
    private FaceExtractor? _extractor;

    /// <summary>Finds the real clip and loads the cascade.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _video = Path.Combine(RealTestData(), "RAVDESS", "Actor_01", "01-01-01-01-01-01-01.mp4");
        if (!File.Exists(_video)) throw new FileNotFoundException("Real RAVDESS sample clip not found.", _video);
        _locator = new HaarCascadeLocator();
        _extractor = new FaceExtractor(new FaceOptions(), _locator);
    }

    /// <summary>Releases the cascade.</summary>
    [GlobalCleanup]
    public void Cleanup() => _locator?.Dispose();

    /// <summary>Face frames of the clip: 55 × (3, 28, 28).</summary>
    [Benchmark]
    public int Faces() => _extractor!.ExtractFrames(_video).Length;

    /// <summary>The clip's audio as 16 kHz mono floats.</summary>
    [Benchmark]
    public int Audio() => AudioDecoder.DecodeMono16k(_video).Length;

    /// <summary>Both, as two decoders: probe + video process, then an audio process.</summary>
    [Benchmark(Baseline = true)]
    public int FacesAndAudio() => Faces() + Audio();

    /// <summary>Both as preprocessing does it: probe, one ffmpeg process for both streams, faces on the decoded frames.</summary>
    [Benchmark]
    public int OneProcess()
    {
        var info = MediaProbe.Probe(_video);
        var decoded = ClipDecoder.Decode(_video, null, info, 55, 240);
        return _extractor!.Extract(_video, info, decoded.Frames).Frames.Length + decoded.Audio.Length;
    }

    /// <summary>
    /// <c>../shared/testdata/real</c> beside the repository root: from TCWGAN_REAL_TESTDATA, else found above the
    /// current folder, the binary or this source file (BenchmarkDotNet runs benchmarks in a generated child project).
    /// </summary>
    private static string RealTestData([CallerFilePath] string sourceFile = "")
    {
        if (Environment.GetEnvironmentVariable("TCWGAN_REAL_TESTDATA") is { Length: > 0 } configured) return configured;
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TcWgan.MLNet.sln")))
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "testdata", "real"));
        }
        throw new DirectoryNotFoundException("Repository root (TcWgan.MLNet.sln) not found; set TCWGAN_REAL_TESTDATA.");
    }
}
