using Microsoft.ML.Data;

namespace TcWgan.Benchmarks.MLNet;

/// <summary>Seeded synthetic rows (face window, label, spectrogram) for the ML.NET benchmarks.</summary>
public sealed class BenchmarkRow
{
    /// <summary>(10, 3, 28, 28) in [0, 1].</summary>
    [VectorType(10, 3, 28, 28)] public float[] FaceWindow { get; set; } = [];

    /// <summary>Emotion name.</summary>
    public string Label { get; set; } = "";

    /// <summary>(3, 28, 112) in [−1, 1].</summary>
    [VectorType(3, 28, 112)] public float[] Spectrogram { get; set; } = [];

    /// <summary><paramref name="count"/> rows cycling through the six emotions.</summary>
    public static BenchmarkRow[] Create(int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(i => new BenchmarkRow
        {
            FaceWindow = Enumerable.Range(0, Shapes.WindowLength).Select(_ => (float)rng.NextDouble()).ToArray(),
            Label = Emotions.Names[i % Emotions.Count],
            Spectrogram = Enumerable.Range(0, Shapes.SpectrogramLength).Select(_ => (float)(2 * rng.NextDouble() - 1)).ToArray(),
        }).ToArray();
    }
}
