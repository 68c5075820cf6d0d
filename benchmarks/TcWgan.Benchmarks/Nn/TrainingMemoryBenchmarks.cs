using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TcWgan.Nn;

namespace TcWgan.Benchmarks.Nn;

/// <summary>
/// Does native memory stay flat while training? Runs 300 adversarial steps of <see cref="GanTrainer"/> at width 0.0625
/// (batch 16, 2 critic updates per step, Lstm encoder, 20 pre-training steps, one torch thread: a memory question,
/// and on a shared machine OpenMP spin-waiting otherwise dominates) and samples the process resident set size every 10 steps.
/// It prints the series and the growth from step 50 (after warm-up) to the end; the target is under 5 %.
/// A leak of one batch of tensors per step would add ≥ 1 MB per step, i.e. ≥ 300 MB over the run.
/// </summary>
[Config(typeof(SingleRun))]
public class TrainingMemoryBenchmarks
{
    private sealed class SingleRun : ManualConfig
    {
        public SingleRun() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1)
            .WithWarmupCount(0).WithIterationCount(1).WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }

    /// <summary>Trains and reports the RSS growth in percent after warm-up.</summary>
    [Benchmark]
    public double RssGrowthOver300Steps()
    {
        var random = new Random(3);
        var data = new GanDataset();
        for (int i = 0; i < 24; i++)
        {
            var window = new float[Shapes.WindowLength];
            var spectrogram = new float[Shapes.SpectrogramLength];
            for (int j = 0; j < window.Length; j++) window[j] = (float)random.NextDouble();
            for (int j = 0; j < spectrogram.Length; j++) spectrogram[j] = (float)(random.NextDouble() * 2 - 1);
            data.AddWindow(data.AddClip(spectrogram, i % Emotions.Count), window);
        }
        var options = GanOptions.FromPreset(GanPreset.WganGp) with
        {
            Encoder = EncoderKind.Lstm, Width = 0.0625, BatchSize = 16, CriticSteps = 2, EncoderPretrainSteps = 10, ClassifierSteps = 10,
            Steps = 300, Device = "cpu", Seed = 1, ReportEvery = 10,
        };
        TorchSharp.torch.set_num_threads(1);
        var trainer = new GanTrainer(options);
        var samples = new List<(long Step, long Rss)>();
        using var process = Process.GetCurrentProcess();
        trainer.Progress += p =>
        {
            if (p.Losses.Phase != TrainingPhase.Adversarial || p.CompletedSteps % 10 != 0) return;
            process.Refresh();
            samples.Add((p.CompletedSteps - 20, process.WorkingSet64));
            Console.WriteLine($"// step {p.CompletedSteps - 20}: RSS {process.WorkingSet64 / 1048576.0:F1} MB, {p.Elapsed.TotalSeconds:F0} s");
        };
        using (trainer.Train(data)) { }
        long warm = samples.First(s => s.Step >= 50).Rss, last = samples[^1].Rss;
        double growth = 100.0 * (last - warm) / warm;
        Console.WriteLine("// RSS (MB) by adversarial step: " + string.Join(", ", samples.Select(s => $"{s.Step}:{s.Rss / 1048576.0:F0}")));
        Console.WriteLine($"// RSS growth from step 50 to 300: {growth:F2} % ({warm / 1048576.0:F0} MB → {last / 1048576.0:F0} MB)");
        return growth;
    }
}
