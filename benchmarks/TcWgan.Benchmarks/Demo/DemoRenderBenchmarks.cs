using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TcWgan.Demo;

namespace TcWgan.Benchmarks.Demo;

/// <summary>
/// How long does one demo clip take, and where does the time go: the voice (source–filter synthesis), the face
/// frames (SkiaSharp), and the whole clip written to disk (WAV + ffmpeg encode of piped frames)? Times are per clip
/// (<c>OperationsPerInvoke</c> = clip count) for the tiny CREMA-D preset's 24 clips, rendered two at a time as
/// <see cref="DemoCorpusRenderer"/> does. Target: the demo preset (432 clips) in under 2 minutes on 2 cores, i.e.
/// ≤ 0.28 s per clip in <see cref="RenderTinyCorpus"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class DemoRenderBenchmarks
{
    /// <summary>Seconds-long operations measured a few times, in process (the encoding runs in ffmpeg child processes).</summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1)
            .WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private const int ClipCount = 24;
    private readonly DemoCorpusOptions _options = new() { Layout = DemoLayout.CremaD, Preset = DemoPreset.Tiny, Seed = 1 };
    private readonly VoiceSynthesizer _voice = new();
    private CorpusPlan? _plan;
    private ClipContent[] _contents = [];
    private string _folder = "";

    /// <summary>Plans the tiny corpus and synthesises its clips once for <see cref="DrawFrames"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = CorpusPlan.Create(_options);
        if (_plan.Clips.Count != ClipCount) throw new InvalidOperationException($"Tiny preset has {_plan.Clips.Count} clips, expected {ClipCount}.");
        _contents = _plan.Clips.Select(c => ClipContent.Create(c, _options.Seed, _voice)).ToArray();
        _folder = Path.Combine(Path.GetTempPath(), $"tcwgan-bench-demo-{Guid.NewGuid():N}");
    }

    /// <summary>Removes the rendered files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Voice, mouth track, poses and scene of every clip (no drawing, no encoding).</summary>
    [Benchmark(OperationsPerInvoke = ClipCount)]
    public int SynthesizeClips()
    {
        int samples = 0;
        foreach (var spec in _plan!.Clips) samples += ClipContent.Create(spec, _options.Seed, _voice).Utterance.Samples.Length;
        return samples;
    }

    /// <summary>Every frame of every clip drawn to raw RGBA (one thread).</summary>
    [Benchmark(OperationsPerInvoke = ClipCount)]
    public long DrawFrames()
    {
        using var renderer = new FaceRenderer(_options.Width, _options.Height);
        long bytes = 0;
        foreach (var content in _contents)
        foreach (var frame in content.Frames(renderer)) bytes += frame.Length;
        return bytes;
    }

    /// <summary>The whole tiny corpus written to disk, two clips at a time.</summary>
    [Benchmark(OperationsPerInvoke = ClipCount)]
    public int RenderTinyCorpus() => DemoCorpusRenderer.Render(_folder, _options).Clips.Count;
}
