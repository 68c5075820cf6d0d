using BenchmarkDotNet.Attributes;
using TcWgan.Metrics;

namespace TcWgan.Benchmarks.Metrics;

/// <summary>
/// How long does FID take on ResNet18-sized features (512-d), 500 real against 500 generated vectors?
/// <see cref="Compute"/> is the whole metric (moments + matrix square root); <see cref="FromMoments"/> is the
/// matrix part alone (two 512×512 symmetric eigen-decompositions and the products around them).
/// </summary>
[MemoryDiagnoser]
public class FidBenchmarks
{
    private double[][] _real = [];
    private double[][] _generated = [];
    private GaussianMoments? _realMoments;
    private GaussianMoments? _generatedMoments;

    /// <summary>Feature length (ResNet18 pool features).</summary>
    [Params(512)]
    public int Dimension { get; set; }

    /// <summary>Vectors per set.</summary>
    [Params(500)]
    public int Count { get; set; }

    /// <summary>Two seeded sets of non-negative, correlated features (like ReLU-pooled activations).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _real = Features(seed: 1, shift: 0.0);
        _generated = Features(seed: 2, shift: 0.1);
        _realMoments = GaussianMoments.From(_real);
        _generatedMoments = GaussianMoments.From(_generated);
    }

    /// <summary>FID from the raw feature sets.</summary>
    [Benchmark(Baseline = true)]
    public double Compute() => Fid.Compute(_real, _generated);

    /// <summary>Fréchet distance from precomputed moments.</summary>
    [Benchmark]
    public double FromMoments() => FrechetDistance.FromMoments(_realMoments!, _generatedMoments!);

    private double[][] Features(int seed, double shift)
    {
        var rng = new Random(seed);
        var rows = new double[Count][];
        for (int i = 0; i < Count; i++)
        {
            // A few shared latent factors make the covariance full rather than diagonal.
            double z1 = rng.NextDouble(), z2 = rng.NextDouble();
            rows[i] = new double[Dimension];
            for (int j = 0; j < Dimension; j++)
                rows[i][j] = Math.Max(0, shift + 0.5 * z1 * (j % 3) + 0.3 * z2 * (j % 5) + rng.NextDouble() - 0.5);
        }
        return rows;
    }
}
