using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TcWgan.Nn;

namespace TcWgan.Benchmarks.Nn;

/// <summary>
/// How many adversarial steps per second does the public <see cref="GanTrainer"/> make at widths 0.125 (the demo's),
/// 0.25 and 1 (the paper's)? Random data (48 clips × 2 face windows), batch 32, 2 critic updates per step, the 3D-CNN
/// encoder, no pre-training steps. The rate is read from the trainer's own progress clock between the first and the
/// last report, so network construction, code caching and the final batch-norm calibration are not counted; each
/// invocation prints "// width W: S steps/s (M ms per step)". TCWGAN_TORCH_THREADS=n pins libtorch's threads.
/// </summary>
[Config(typeof(InProcessMonitoring))]
public class GanStepBenchmarks
{
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1)
            .WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true)));
    }

    private GanDataset _data = null!;

    /// <summary>Width multiplier of every network.</summary>
    [Params(0.125, 0.25, 1.0)]
    public double Width { get; set; }

    /// <summary>Random clips and windows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("TCWGAN_TORCH_THREADS"), out int threads) && threads > 0)
            TorchSharp.torch.set_num_threads(threads);
        var random = new Random(1);
        _data = new GanDataset();
        for (int clip = 0; clip < 48; clip++)
        {
            var spectrogram = new float[Shapes.SpectrogramLength];
            for (int i = 0; i < spectrogram.Length; i++) spectrogram[i] = (float)(random.NextDouble() * 2 - 1);
            int index = _data.AddClip(spectrogram, clip % Emotions.Count);
            for (int w = 0; w < 2; w++)
            {
                var window = new float[Shapes.WindowLength];
                for (int i = 0; i < window.Length; i++) window[i] = (float)random.NextDouble();
                _data.AddWindow(index, window);
            }
        }
    }

    /// <summary>Adversarial steps per second (also printed with the time per step).</summary>
    [Benchmark]
    public double AdversarialStepsPerSecond()
    {
        int steps = Width >= 1 ? 12 : 60, every = Width >= 1 ? 2 : 10;
        var options = GanOptions.FromPreset(GanPreset.WganGp) with
        {
            Encoder = EncoderKind.Conv3d, Width = Width, BatchSize = 32, CriticSteps = 2, EncoderPretrainSteps = 0,
            ClassifierSteps = 0, Steps = steps, ReportEvery = every, Device = "cpu", Seed = 1,
        };
        var reports = new List<TrainingProgress>();
        var trainer = new GanTrainer(options);
        trainer.Progress += reports.Add;
        using (trainer.Train(_data)) { }
        var (first, last) = (reports[0], reports[^1]);
        double seconds = (last.Elapsed - first.Elapsed).TotalSeconds;
        double rate = (last.CompletedSteps - first.CompletedSteps) / seconds;
        Console.WriteLine($"// width {Width}: {rate:F2} steps/s ({1000 / rate:F0} ms per step), torch threads {TorchSharp.torch.get_num_threads()}");
        return rate;
    }
}
