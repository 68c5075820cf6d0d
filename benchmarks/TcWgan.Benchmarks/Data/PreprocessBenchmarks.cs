using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TcWgan.Data;
using TcWgan.Media;

namespace TcWgan.Benchmarks.Data;

/// <summary>
/// How fast is clip preprocessing (decode + Haar face location + crops + spectrogram + ×10 SpecAugment) on the real
/// sample clips (two CREMA-D flv/wav takes of ~2 s, one RAVDESS 720p mp4/wav take of 3.3 s), and how much faster is
/// a second pass served by the <see cref="TensorCache"/>? Times are per clip (<c>OperationsPerInvoke</c> = clip
/// count), so clips/s = 1 s / Mean. Targets: ≥ 2 clips/s per core uncached; cached pass ≥ 20× faster.
/// <see cref="Serial"/> uses one clip at a time (the per-core figure; ffmpeg itself runs in its own processes),
/// <see cref="Parallel"/> one clip per core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class PreprocessBenchmarks
{
    /// <summary>
    /// Seconds-long operations measured a few times (Monitoring, 1 warm-up, 5 iterations), in process: the work is in
    /// ffmpeg child processes and OpenCV, so a generated child project (rebuilding TorchSharp and all) buys nothing.
    /// </summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1)
            .WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private const int ClipCount = 3;
    private const int CachedPasses = 20;
    private ClipRecord[] _clips = [];
    private HaarCascadeLocator? _locator;
    private ClipPreprocessor? _serial;
    private ClipPreprocessor? _parallel;
    private ClipPreprocessor? _cached;
    private string _cacheFolder = "";

    /// <summary>Loads the real clips and fills a cache for <see cref="CachedSecondPass"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string real = RealTestData();
        var skips = new SkipLog();
        _clips = [.. CremaDLoader.Load(Path.Combine(real, "CREMA-D"), skips),
                  .. RavdessLoader.Load(Path.Combine(real, "RAVDESS"), new RavdessOptions(), skips)];
        if (_clips.Length != ClipCount || skips.Items.Count > 0)
            throw new InvalidOperationException($"Expected {ClipCount} real clips under {real}, found {_clips.Length}; skipped: {string.Join("; ", skips.Items)}");
        _locator = new HaarCascadeLocator();
        var options = new PreprocessOptions();
        _serial = new ClipPreprocessor(options, _locator) { MaxDegreeOfParallelism = 1 };
        _parallel = new ClipPreprocessor(options, _locator);
        _cacheFolder = Path.Combine(Path.GetTempPath(), $"tcwgan-bench-cache-{Guid.NewGuid():N}");
        _cached = new ClipPreprocessor(options, _locator, new TensorCache(_cacheFolder)) { MaxDegreeOfParallelism = 1 };
        Prepare(_cached); // first pass fills the cache
    }

    /// <summary>Deletes the cache folder and the cascade.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _locator?.Dispose();
        if (Directory.Exists(_cacheFolder)) Directory.Delete(_cacheFolder, recursive: true);
    }

    /// <summary>Uncached, one clip at a time.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ClipCount)]
    public int Serial() => Prepare(_serial!);

    /// <summary>Uncached, one clip per core.</summary>
    [Benchmark(OperationsPerInvoke = ClipCount)]
    public int Parallel() => Prepare(_parallel!);

    /// <summary>
    /// Second pass, every clip a cache hit (hash the files, read and verify the entry, cut the windows); repeated
    /// <see cref="CachedPasses"/> times per invocation so an iteration lasts long enough to time.
    /// </summary>
    [Benchmark(OperationsPerInvoke = ClipCount * CachedPasses)]
    public int CachedSecondPass()
    {
        int pairs = 0;
        for (int pass = 0; pass < CachedPasses; pass++) pairs += Prepare(_cached!);
        return pairs;
    }

    private int Prepare(ClipPreprocessor preprocessor)
    {
        var skips = new SkipLog();
        var prepared = preprocessor.PrepareAll(_clips, skips);
        if (prepared.Count != ClipCount) throw new InvalidOperationException($"Skipped: {string.Join("; ", skips.Items)}");
        return prepared.Sum(p => p.PairCount);
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
