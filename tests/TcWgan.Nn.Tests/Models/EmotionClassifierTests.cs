namespace TcWgan.Nn.Tests;

/// <summary>Q learns a trivially separable set; validation-based selection; probabilities, features and persistence.</summary>
public class EmotionClassifierTests
{
    internal static (List<float[]> Spectrograms, List<int> Labels) Set(int perClass, int seed, int classes = Emotions.Count)
    {
        var random = new Random(seed);
        var spectrograms = new List<float[]>(); var labels = new List<int>();
        for (int i = 0; i < perClass * classes; i++)
        {
            int emotion = i % classes;
            spectrograms.Add(SyntheticData.Spectrogram(emotion, random));
            labels.Add(emotion);
        }
        return (spectrograms, labels);
    }

    private static readonly ClassifierOptions Tiny = new() { Width = 0.125, Epochs = 8, BatchSize = 8, Seed = 1, Device = "cpu" };

    internal static int[] Predictions(EmotionClassifier q, IReadOnlyList<float[]> rows)
    {
        var p = q.Probabilities(rows.SelectMany(s => s).ToArray());
        return Enumerable.Range(0, rows.Count).Select(i =>
        {
            int best = 0;
            for (int c = 1; c < Emotions.Count; c++) if (p[i * Emotions.Count + c] > p[i * Emotions.Count + best]) best = c;
            return best;
        }).ToArray();
    }

    [Fact]
    public void QLearnsATriviallySeparableSpectrogramSet()
    {
        var (train, trainLabels) = Set(4, 1);
        var (test, testLabels) = Set(2, 2);
        using var q = EmotionClassifier.Train(train, trainLabels, Tiny);
        var probabilities = q.Probabilities(test.SelectMany(s => s).ToArray());
        Assert.Equal(test.Count * Emotions.Count, probabilities.Length);
        for (int i = 0; i < test.Count; i++) Assert.Equal(1f, probabilities.AsSpan(i * 6, 6).ToArray().Sum(), 4);
        var predicted = Predictions(q, test);
        int correct = predicted.Where((p, i) => p == testLabels[i]).Count();
        Assert.True(correct >= test.Count * 0.9, $"{correct} of {test.Count} correct");
        Assert.Equal(Tiny.Epochs, q.History.Count);
        Assert.True(q.History[^1].TrainLoss < q.History[0].TrainLoss);
        Assert.Equal(Tiny.Epochs - 1, q.SelectedEpoch); // no validation rows: the last epoch
        Assert.True(q.History[0].LearningRate > q.History[^1].LearningRate); // cosine decay
    }

    [Fact]
    public void WithValidationRowsTheBestEpochIsKeptAndTrainingStopsEarly()
    {
        var (train, labels) = Set(3, 4);
        var (validation, trueLabels) = Set(2, 5);
        var validationLabels = trueLabels.Select(l => (l + 1) % Emotions.Count).ToList(); // learning the task makes these worse
        var epochs = new List<ClassifierEpoch>();
        var options = Tiny with { Epochs = 40, EarlyStoppingPatience = 3 };
        using var q = EmotionClassifier.Train(train, labels, options, (validation, validationLabels), new SyncProgress<ClassifierEpoch>(epochs.Add));
        Assert.All(q.History, e => Assert.NotNull(e.ValidationAccuracy));
        Assert.True(q.History.Count < 40, "the validation rows only get worse as the set is learnt, so patience must end training");
        const int warmUpEpochs = 3; // 10 % of 40 epochs' steps end with epoch 3 (0-based): nothing earlier may be kept
        var best = q.History.Where(e => e.Epoch >= warmUpEpochs).MinBy(e => (e.ValidationLoss!.Value, -e.ValidationAccuracy!.Value))!;
        Assert.Equal(best.Epoch, q.SelectedEpoch);
        Assert.Equal(q.History.Count, epochs.Count);
        int correct = Predictions(q, validation).Where((p, i) => p == validationLabels[i]).Count();
        Assert.Equal(best.ValidationAccuracy!.Value, correct / (double)validation.Count, 6); // the kept weights are the best epoch's
        // …judged as kept: the recorded validation loss is the kept model's (batch norms recalibrated), not the running averages'.
        var p = q.Probabilities(validation.SelectMany(s => s).ToArray());
        double loss = validationLabels.Select((label, i) => -Math.Log(p[i * Emotions.Count + label])).Average();
        Assert.Equal(best.ValidationLoss!.Value, loss, 4);
    }

    [Fact]
    public void NoEpochOfTheLearningRateWarmUpIsKept()
    {
        // 100 epochs: the warm-up is epochs 0–9. The validation labels only get worse as the set is learnt (within a
        // few epochs), so without the rule an early warm-up epoch would be kept and patience would end training there.
        var (train, labels) = Set(3, 4);
        var (validation, trueLabels) = Set(2, 5);
        var validationLabels = trueLabels.Select(l => (l + 1) % Emotions.Count).ToList();
        using var q = EmotionClassifier.Train(train, labels, Tiny with { Epochs = 100, EarlyStoppingPatience = 2 }, (validation, validationLabels));
        Assert.True(q.SelectedEpoch >= 9, $"kept epoch {q.SelectedEpoch}, inside the warm-up");
        Assert.True(q.History.Count >= 12, "patience counts only after the warm-up");
    }

    [Fact]
    public void CancellationStopsTrainingBetweenSteps()
    {
        var (train, labels) = Set(2, 6);
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<ClassifierEpoch>(_ => cancel.Cancel());
        Assert.ThrowsAny<OperationCanceledException>(() => EmotionClassifier.Train(train, labels, Tiny, null, progress, cancel.Token));
    }

    [Fact]
    public void FeaturesAndSaveLoadRoundTrip()
    {
        var (train, labels) = Set(1, 3);
        using var q = EmotionClassifier.Train(train, labels, Tiny with { Epochs = 1 });
        var batch = train.Take(3).SelectMany(s => s).ToArray();
        Assert.Equal(3 * q.FeatureCount, q.Features(batch).Length);
        using var stream = new MemoryStream();
        q.Save(stream);
        stream.Position = 0;
        using var loaded = EmotionClassifier.Load(stream, "cpu");
        Assert.Equal(q.Probabilities(batch), loaded.Probabilities(batch));
        Assert.Equal(q.Features(batch), loaded.Features(batch));
        Assert.Equal(q.Options, loaded.Options);
        Assert.Equal(q.History, loaded.History);
        var damaged = stream.ToArray();
        damaged[^40] ^= 1;
        Assert.Throws<ContainerFormatException>(() => EmotionClassifier.Load(new MemoryStream(damaged), "cpu"));
    }

    [Fact]
    public void BadTrainingDataListsTheProblems()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            EmotionClassifier.Train([new float[5], new float[Shapes.SpectrogramLength]], [0, 9], Tiny));
        Assert.Contains("spectrogram 0 has 5 floats", error.Message);
        Assert.Contains("label 1 is 9", error.Message);
        var validationError = Assert.Throws<ArgumentException>(() =>
            EmotionClassifier.Train(Set(1, 1).Spectrograms, Set(1, 1).Labels, Tiny, ([], [0])));
        Assert.Contains("validation", validationError.Message);
    }
}
