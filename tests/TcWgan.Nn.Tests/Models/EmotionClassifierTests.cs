namespace TcWgan.Nn.Tests;

/// <summary>Q learns a trivially separable set; probabilities, features and persistence.</summary>
public class EmotionClassifierTests
{
    private static (List<float[]> Spectrograms, List<int> Labels) Set(int perClass, int seed)
    {
        var random = new Random(seed);
        var spectrograms = new List<float[]>(); var labels = new List<int>();
        for (int i = 0; i < perClass * Emotions.Count; i++)
        {
            int emotion = i % Emotions.Count;
            spectrograms.Add(SyntheticData.Spectrogram(emotion, random));
            labels.Add(emotion);
        }
        return (spectrograms, labels);
    }

    private static readonly ClassifierOptions Tiny = new()
    {
        Kind = ClassifierKind.Q, Width = 0.125, Dropout = 0, Steps = 40, BatchSize = 16, LearningRate = 3e-3, Seed = 1, Device = "cpu",
    };

    [Fact]
    public void QLearnsATriviallySeparableSpectrogramSet()
    {
        var (train, trainLabels) = Set(4, 1);
        var (test, testLabels) = Set(2, 2);
        using var q = EmotionClassifier.Train(train, trainLabels, Tiny);
        var probabilities = q.Probabilities(test.SelectMany(s => s).ToArray());
        Assert.Equal(test.Count * Emotions.Count, probabilities.Length);
        int correct = 0;
        for (int i = 0; i < test.Count; i++)
        {
            var row = probabilities.AsSpan(i * Emotions.Count, Emotions.Count);
            float sum = 0; int best = 0;
            for (int c = 0; c < row.Length; c++) { sum += row[c]; if (row[c] > row[best]) best = c; }
            Assert.Equal(1f, sum, 4);
            if (best == testLabels[i]) correct++;
        }
        Assert.True(correct >= test.Count * 0.9, $"{correct} of {test.Count} correct");
        Assert.True(q.History[^1].ClassifierLoss < q.History[0].ClassifierLoss);
    }

    [Fact]
    public void FeaturesAndSaveLoadRoundTrip()
    {
        var (train, labels) = Set(1, 3);
        using var q = EmotionClassifier.Train(train, labels, Tiny with { Steps = 2 });
        var batch = train.Take(3).SelectMany(s => s).ToArray();
        Assert.Equal(3 * q.FeatureCount, q.Features(batch).Length);
        using var stream = new MemoryStream();
        q.Save(stream);
        stream.Position = 0;
        using var loaded = EmotionClassifier.Load(stream, "cpu");
        Assert.Equal(q.Probabilities(batch), loaded.Probabilities(batch));
        Assert.Equal(q.Features(batch), loaded.Features(batch));
        Assert.Equal(q.Options, loaded.Options);
        var damaged = stream.ToArray();
        damaged[^40] ^= 1;
        Assert.Throws<ModelFormatException>(() => EmotionClassifier.Load(new MemoryStream(damaged), "cpu"));
    }

    [Fact]
    public void BadTrainingDataListsTheProblems()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            EmotionClassifier.Train([new float[5], new float[Shapes.SpectrogramLength]], [0, 9], Tiny));
        Assert.Contains("spectrogram 0 has 5 floats", error.Message);
        Assert.Contains("label 1 is 9", error.Message);
    }
}
