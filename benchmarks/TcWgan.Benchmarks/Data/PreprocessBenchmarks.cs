using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TcWgan.Data;
using TcWgan.Experiments.Config;
using TcWgan.Experiments.Corpus;
using TcWgan.Media;

namespace TcWgan.Benchmarks.Data;

/// <summary>
/// How fast is clip preprocessing (probe, one ffmpeg process for both streams, Haar face location with tracking,
/// crops, silence check, spectrogram, ×10 SpecAugment) on the real sample clips, with the settings
/// <c>tcwgan prepare</c> uses, and how much faster is a second pass served by the <see cref="TensorCache"/>?
/// <see cref="Clips"/> = <c>all</c>: the two CREMA-D flv/wav takes of ~2 s and the RAVDESS 720p mp4/wav take of
/// 3.3 s; <c>ravdess-720p</c>: the RAVDESS take three times (under three ids, so three cache entries). Times are per
/// clip (<c>OperationsPerInvoke</c> = clip count); the "Clips/s/core" column divides 1 s / Mean by the cores used.
/// Targets: ≥ 2 clips/s per core uncached; the cached pass ≥ 20× faster (Ratio ≤ 0.05).
/// <see cref="Serial"/> prepares one clip at a time, <see cref="Parallel"/> one clip per core.
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
        public InProcessMonitoring()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1)
                .WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new ClipsPerCoreColumn());
        }
    }

    /// <summary>Clips per invocation.</summary>
    public const int ClipCount = 3;
    private const int CachedPasses = 20;
    private ClipRecord[] _clips = [];
    private IFaceLocator? _locator;
    private ClipPreprocessor? _serial;
    private ClipPreprocessor? _parallel;
    private ClipPreprocessor? _cached;
    private string _cacheFolder = "";

    /// <summary>Which clips: <c>all</c> real samples, or the <c>ravdess-720p</c> take three times.</summary>
    [Params("all", "ravdess-720p")]
    public string Clips { get; set; } = "all";

    /// <summary>Loads the real clips and fills a cache for <see cref="CachedSecondPass"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string real = RealTestData();
        var skips = new SkipLog();
        var ravdess = RavdessLoader.Load(Path.Combine(real, "RAVDESS"), new RavdessOptions(), skips);
        _clips = Clips == "all"
            ? [.. CremaDLoader.Load(Path.Combine(real, "CREMA-D"), skips), .. ravdess]
            : [.. Enumerable.Range(1, ClipCount).Select(i => ravdess[0] with { Id = $"{ravdess[0].Id}-copy{i}" })];
        if (_clips.Length != ClipCount || skips.Items.Count > 0)
            throw new InvalidOperationException($"Expected {ClipCount} real clips under {real}, found {_clips.Length}; skipped: {string.Join("; ", skips.Items)}");
        var options = CorpusSettings.ToPreprocessOptions(new PreprocessConfig()); // what tcwgan prepare uses
        _locator = FaceLocators.Create(options.Face);
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
        (_locator as IDisposable)?.Dispose();
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
