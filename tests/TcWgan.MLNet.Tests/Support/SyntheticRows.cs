using Microsoft.ML;
using Microsoft.ML.Data;
using TcWgan.Nn;

namespace TcWgan.MLNet.Tests.Support;

/// <summary>Seeded synthetic rows with a face window, a label and a real spectrogram, and tiny model settings.</summary>
internal static class SyntheticRows
{
    /// <summary>One training row as the media stages would produce it.</summary>
    public sealed class Row
    {
        [VectorType(10, 3, 28, 28)] public float[] FaceWindow { get; set; } = [];
        public string Label { get; set; } = "";
        [VectorType(3, 28, 112)] public float[] Spectrogram { get; set; } = [];
    }

    /// <summary><paramref name="count"/> rows cycling through the six emotions; values depend only on (seed, index).</summary>
    public static Row[] Create(int count, int seed = 7)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(i => new Row
        {
            FaceWindow = Enumerable.Range(0, Shapes.WindowLength).Select(_ => (float)rng.NextDouble()).ToArray(),
            Label = Emotions.Names[i % Emotions.Count],
            Spectrogram = Enumerable.Range(0, Shapes.SpectrogramLength)
                .Select(k => (float)Math.Clamp(Math.Sin(k * 0.01 * (1 + i % Emotions.Count)) + 0.1 * (rng.NextDouble() - 0.5), -1, 1)).ToArray(),
        }).ToArray();
    }

    /// <summary>A few-step, narrow GAN on the CPU.</summary>
    public static AugmentAudioOptions TinyAugment(int seed = 3) => new()
    {
        Gan = GanOptions.FromPreset(GanPreset.WganGp) with
        {
            Encoder = EncoderKind.Conv3d, Width = 0.125, Steps = 2, EncoderPretrainSteps = 1, ClassifierSteps = 1,
            CriticSteps = 1, BatchSize = 4, Seed = seed, Device = "cpu",
        },
        GenerationBatchSize = 5,
    };

    /// <summary>A few-step, narrow classifier Q on the CPU.</summary>
    public static SpectrogramCnnOptions TinyCnn() => new()
    {
        Classifier = new ClassifierOptions { Width = 0.125, Epochs = 1, BatchSize = 4, Seed = 5, Device = "cpu" },
    };
}
