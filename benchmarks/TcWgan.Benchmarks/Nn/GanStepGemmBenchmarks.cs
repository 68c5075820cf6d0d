using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TcWgan.Nn;
using TorchSharp;
using static TorchSharp.torch;

namespace TcWgan.Benchmarks.Nn;

/// <summary>
/// How close do the GAN training steps come to the machine's float32 GEMM rate? Measures TorchSharp's
/// 2048×2048×2048 matrix product (17.2 GFLOP), a critic update with gradient penalty (fakes from G, then one critic pass
/// over [real; fake] and one over the interpolates, as <c>TrainingSession</c> does), a generator update (through the critic and Q) and
/// generation, all at batch 64 with paper-sized networks (width 1). Divide
/// <see cref="Flops"/>'s figure by the mean time for GFLOP/s; the project's target is training steps ≥ 85 % of the
/// GEMM rate. Convolution FLOPs are counted analytically as the networks compute them (2·Cin·Cout·k²·Hout·Wout per
/// sample, G's up-sampling layers by their phase kernels, see <see cref="Flops.GeneratorForward"/>; dense 2·in·out);
/// a backward pass counts twice its forward pass; the penalty's double backward counts as in the summary of
/// <see cref="CriticStepFlops"/>.
/// </summary>
[Config(typeof(InProcessMonitoring))]
public class GanStepGemmBenchmarks
{
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1)
            .WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private const int Batch = 64;
    private const int GemmSize = 2048;

    private Tensor? left, right, codes, emotions, real;
    private SpectrogramGenerator? generator;
    private SpectrogramCritic? critic;
    private EmotionClassifierNetwork? classifier;
    private optim.Optimizer? generatorOptimizer, criticOptimizer;
    private Generator? random;

    /// <summary>Builds the paper-sized networks and fixed random inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // TCWGAN_TORCH_THREADS=n pins libtorch's intra-op threads (GEMM and steps then share one setting).
        if (int.TryParse(Environment.GetEnvironmentVariable("TCWGAN_TORCH_THREADS"), out int threads) && threads > 0)
            set_num_threads(threads);
        random = new Generator(1, CPU);
        left = randn([GemmSize, GemmSize], generator: random);
        right = randn([GemmSize, GemmSize], generator: random);
        generator = new SpectrogramGenerator(1, 0.25, random);
        critic = new SpectrogramCritic(1, CriticNorm.Layer, false);
        classifier = new EmotionClassifierNetwork(ClassifierKind.Q, 1, 0.3, new SpecMasking(0, 0, 0, 0, null), random);
        foreach (var network in new nn.Module[] { generator, critic, classifier }) ParameterInit.Reset(network, random);
        classifier.eval();
        foreach (var p in classifier.parameters()) p.requires_grad = false;
        generatorOptimizer = optim.Adam(generator.parameters(), 1e-4, 0, 0.9);
        criticOptimizer = optim.Adam(critic.parameters(), 1e-4, 0, 0.9);
        codes = randn([Batch, Shapes.FaceCode], generator: random);
        emotions = randint(0, Emotions.Count, [Batch], generator: random);
        real = rand([Batch, 3, 28, 112], generator: random) * 2 - 1;
        Console.WriteLine($"// torch threads: {get_num_threads()}; GFLOP per op: gemm {Flops.Gemm(GemmSize) / 1e9:F2}, " +
                          $"critic step {CriticStepFlops() / 1e9:F1}, generator step {GeneratorStepFlops() / 1e9:F1}, " +
                          $"generation {Flops.GeneratorForward * Batch / 1e9:F1} (as the paper defines G: {Flops.GeneratorForwardAsDefined * Batch / 1e9:F1})");
    }

    /// <summary>Frees native memory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var d in new IDisposable?[] { left, right, codes, emotions, real, generator, critic, classifier, generatorOptimizer, criticOptimizer, random })
            d?.Dispose();
    }

    /// <summary>
    /// Critic step FLOPs: generator forward for the fakes (G), critic forward+backward on real and fake (2·3·D), and the
    /// penalty: a forward on the mixed batch, the input gradient with create_graph (2·D) and the backward through both
    /// (2·3·D): G + 15·D, with G and D the per-batch forward costs.
    /// </summary>
    public static double CriticStepFlops() => Batch * (Flops.GeneratorForward + 15 * Flops.CriticForward);

    /// <summary>Generator step FLOPs: G, critic and Q forward and backward (3× each).</summary>
    public static double GeneratorStepFlops() => Batch * 3 * (Flops.GeneratorForward + Flops.CriticForward + Flops.ClassifierForward);

    /// <summary>float32 GEMM, 2048³.</summary>
    [Benchmark(Baseline = true)]
    public float Gemm()
    {
        using var scope = NewDisposeScope();
        return matmul(left!, right!)[0, 0].item<float>();
    }

    /// <summary>One critic update with gradient penalty (Wasserstein loss, λ = 10).</summary>
    [Benchmark]
    public float CriticStepWithPenalty()
    {
        using var scope = NewDisposeScope();
        generator!.train(); critic!.train();
        Tensor fake;
        using (no_grad()) fake = generator.forward(SpectrogramGenerator.Input(codes!, emotions!, randn([Batch, Shapes.Noise], generator: random)));
        var scores = critic.forward(cat([real!, fake], 0));                          // (2B, 1)
        var penalty = GanLosses.GradientPenalty(critic.forward, real!, fake, random);
        var loss = GanLosses.CriticWasserstein(scores.narrow(0, 0, Batch), scores.narrow(0, Batch, Batch), penalty, 10);
        criticOptimizer!.zero_grad();
        loss.backward(null, false, false, [.. critic.parameters()]); // the critic's weights only, as the trainer does
        criticOptimizer.step();
        return loss.item<float>();
    }

    /// <summary>One generator update through the critic and the frozen Q.</summary>
    [Benchmark]
    public float GeneratorStep()
    {
        using var scope = NewDisposeScope();
        generator!.train(); critic!.train();
        foreach (var p in critic.parameters()) p.requires_grad = false;
        var fake = generator.forward(SpectrogramGenerator.Input(codes!, emotions!, randn([Batch, Shapes.Noise], generator: random)));
        var loss = GanLosses.Generator(AdversarialLoss.Wasserstein, critic.forward(fake), classifier!.forward(fake), emotions!, fake, real!, 1, 10);
        generatorOptimizer!.zero_grad();
        loss.backward();
        generatorOptimizer.step();
        foreach (var p in critic.parameters()) p.requires_grad = true;
        return loss.item<float>();
    }

    /// <summary>Generation of 64 spectrograms in eval mode without gradients.</summary>
    [Benchmark]
    public float Generation()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        generator!.eval();
        var images = generator.forward(SpectrogramGenerator.Input(codes!, emotions!, randn([Batch, Shapes.Noise], generator: random)));
        generator.train();
        return images[0, 0, 0, 0].item<float>();
    }
}
