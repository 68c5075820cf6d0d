using TcWgan.TestSupport;

namespace TcWgan.Nn.Tests;

/// <summary>The training engine: phases, learning, resume, checkpoints and divergence.</summary>
public class GanTrainerTests
{
    private static double MeanL1ToClipSpectrograms(FaceToAudioModel model, GanDataset data)
    {
        var (windows, emotions) = SyntheticData.WindowsOf(data);
        var seeds = Enumerable.Range(0, emotions.Length).Select(i => (long)i).ToArray();
        var generated = model.Generate(windows, emotions, seeds);
        double sum = 0;
        for (int i = 0; i < emotions.Length; i++)
        {
            var target = data.Spectrograms[data.WindowClips[i]];
            for (int j = 0; j < target.Length; j++) sum += Math.Abs(generated[i * target.Length + j] - target[j]);
        }
        return sum / (emotions.Length * (double)Shapes.SpectrogramLength);
    }

    [Fact]
    public void AFewAdversarialStepsMoveTheGeneratorTowardsTheTargetsAndTheCriticSeparatesRealFromFake()
    {
        var data = SyntheticData.Create(clips: 6, classes: 3, seed: 1);
        var options = SyntheticData.TinyOptions(null) with { EncoderPretrainSteps = 2, ClassifierSteps = 2, Steps = 0, LearningRate = 2e-3 };
        // Untrained, G outputs the training set's mean spectrogram (its start); the emotion's band is not in it.
        using var untrained = new GanTrainer(options).Train(data);
        // 100 steps must put each emotion's band where it belongs (measured 0.107 against 0.366 at the start).
        using var trained = new GanTrainer(options with { Steps = 100, ReportEvery = 5 }).Train(data);
        double before = MeanL1ToClipSpectrograms(untrained, data), after = MeanL1ToClipSpectrograms(trained, data);
        Assert.True(after < 0.5 * before, $"L1 to targets went from {before:F3} to {after:F3}.");
        var adversarial = trained.History.Where(r => r.Phase == TrainingPhase.Adversarial).ToList();
        Assert.Equal(21, adversarial.Count); // steps 5, 10, …, 100 and the last (104)
        // One batch's estimate swings by ±0.3 from report to report (the last five averaged −0.002 on one CPU, +0.1 on
        // another); over the phase, after the first two reports, a critic that learns keeps it clearly above 0 (0.21).
        var estimates = adversarial.Skip(2).Select(r => r.WassersteinEstimate).ToList();
        Assert.True(estimates.Average() > 0.05, "the critic should score real above fake: " + string.Join(", ", estimates.Select(e => e.ToString("F3"))));
        Assert.True(adversarial.TakeLast(5).Average(r => r.GeneratorLoss) < adversarial.Take(2).Average(r => r.GeneratorLoss));
        Assert.All(adversarial, r => Assert.True(r.GradientPenalty >= 0));
    }

    [Fact]
    public void BeforeAnyAdversarialStepTheGeneratorDrawsTheMeanTrainingSpectrogram()
    {
        var data = SyntheticData.Create(clips: 6, classes: 3, seed: 1);
        using var untrained = new GanTrainer(SyntheticData.TinyOptions(null) with { Steps = 0 }).Train(data);
        var (windows, emotions) = SyntheticData.WindowsOf(data);
        var generated = untrained.Generate(windows, emotions, emotions.Select((_, i) => (long)i).ToArray());
        int n = Shapes.SpectrogramLength;
        double distance = 0, spread = 0;
        for (int j = 0; j < n; j++)
        {
            double mean = data.Spectrograms.Average(s => s[j]);
            for (int i = 0; i < emotions.Length; i++) distance += Math.Abs(generated[i * n + j] - mean);
            spread += data.Spectrograms.Average(s => Math.Abs(s[j] - mean));
        }
        distance /= emotions.Length * (double)n;
        spread /= n;
        // The mean is 0.8 or −0.27 (the three emotions' bands) and −0.8 elsewhere; the clips lie 0.3 from it on average.
        Assert.True(distance < 0.5 * spread, $"generated images lie {distance:F3} from the mean, the clips {spread:F3}.");
    }

    [Fact]
    public async Task AJudgeSharedByTwoGansTrainingAtOnceIsLeftAsItWas()
    {
        // The study trains several GAN rows of one seed at once, all judged by that seed's real-only classifier.
        var data = SyntheticData.Create(clips: 6, classes: 3, seed: 1);
        var other = SyntheticData.Create(clips: 6, classes: 3, seed: 2, spectrogramScale: 0.5f);
        using var judge = EmotionClassifier.Train(data.Spectrograms, data.Labels,
            new ClassifierOptions { Width = 0.0625, Epochs = 2, BatchSize = 8, Seed = 1, Device = "cpu" });
        string before = judge.Digest();
        var options = SyntheticData.TinyOptions(null) with { Steps = 20 };
        var runs = new[] { data, other }.Select(d => Task.Run(() => { using var model = new GanTrainer(options).Train(d, judge); })).ToArray();
        await Task.WhenAll(runs);
        Assert.Equal(before, judge.Digest()); // its batch-norm statistics were not recomputed from either GAN's data
    }

    [Fact]
    public void PhasesRunInOrderAndProgressIsReportedEveryReportEverySteps()
    {
        var data = SyntheticData.Create(6, 3, 2);
        var options = SyntheticData.TinyOptions(null) with { EncoderPretrainSteps = 2, ClassifierSteps = 3, Steps = 2 };
        var trainer = new GanTrainer(options);
        var seen = new List<TrainingProgress>();
        trainer.Progress += seen.Add;
        using var model = trainer.Train(data);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => (long)i), seen.Select(p => p.Losses.Step));
        Assert.Equal(
            new[] { TrainingPhase.EncoderPretraining, TrainingPhase.EncoderPretraining, TrainingPhase.ClassifierPretraining,
                    TrainingPhase.ClassifierPretraining, TrainingPhase.ClassifierPretraining, TrainingPhase.Adversarial, TrainingPhase.Adversarial },
            seen.Select(p => p.Losses.Phase));
        Assert.All(seen, p => Assert.Equal(7, p.TotalSteps));
        Assert.Equal(7, model.History.Count);
        Assert.True(model.TrainingTime > TimeSpan.Zero);

        // Every 3 steps and at each phase's end: steps 1 (encoder ends), 2, 4 (Q ends), 5, 6 (the end).
        var sparse = new GanTrainer(options with { ReportEvery = 3 });
        var reports = new List<TrainingProgress>();
        sparse.Progress += reports.Add;
        using var sparseModel = sparse.Train(data);
        Assert.Equal(new long[] { 1, 2, 4, 5, 6 }, reports.Select(p => p.Losses.Step));
        Assert.Equal(TrainingPhase.ClassifierPretraining, reports[1].Losses.Phase);
    }

    [Fact]
    public void ResumingFromACheckpointGivesTheSameModelAsOneUninterruptedRun()
    {
        var data = SyntheticData.Create(6, 3, 3);
        using var straightDir = new TempDir("nn-straight");
        using var resumedDir = new TempDir("nn-resumed");
        var options = SyntheticData.TinyOptions(straightDir.Path) with { Steps = 6 };        // 3 + 3 + 6 = 12 steps
        using var straight = new GanTrainer(options).Train(data);

        var resumedOptions = options with { CheckpointDirectory = resumedDir.Path };
        using (new GanTrainer(resumedOptions with { Steps = 2 }).Train(data)) { }            // stops after 8 steps
        var store = new CheckpointStore(resumedDir.Path, 2);
        Assert.Equal(store.PathFor(8), store.Latest());
        using var resumed = new GanTrainer(resumedOptions).Train(data);                     // steps 8 … 11

        Assert.Equal(straight.History.Count, resumed.History.Count);
        for (int i = 0; i < straight.History.Count; i++)
        {
            var a = straight.History[i]; var b = resumed.History[i];
            Assert.Equal(a.Phase, b.Phase);
            Assert.Equal(a.CriticLoss, b.CriticLoss, 5);
            Assert.Equal(a.GeneratorLoss, b.GeneratorLoss, 5);
            Assert.Equal(a.ClassifierLoss, b.ClassifierLoss, 5);
        }
        var windows = SyntheticData.WindowsOf(data).Windows.AsSpan(0, 4 * Shapes.WindowLength).ToArray();
        int[] emotions = [0, 1, 2, 0];
        long[] seeds = [10, 11, 12, 13];
        var x = straight.Generate(windows, emotions, seeds);
        var y = resumed.Generate(windows, emotions, seeds);
        Assert.Equal(x.Length, y.Length);
        for (int i = 0; i < x.Length; i++) Assert.True(Math.Abs(x[i] - y[i]) < 1e-5, $"output {i}: {x[i]} vs {y[i]}");
        Assert.True(File.Exists(Path.Combine(resumedDir.Path, GanTrainer.LossCsvName)));
        Assert.Equal(13, File.ReadAllLines(Path.Combine(resumedDir.Path, GanTrainer.LossCsvName)).Length);
    }

    [Fact]
    public void ADamagedNewestCheckpointIsPassedOverAndTrainingResumesFromThePreviousOne()
    {
        var data = SyntheticData.Create(6, 3, 4);
        using var dir = new TempDir("nn-damaged");
        using var straightDir = new TempDir("nn-damaged-straight");
        var options = SyntheticData.TinyOptions(dir.Path) with { Steps = 0, CheckpointEvery = 2 }; // checkpoints 2, 4, 6
        using (new GanTrainer(options).Train(data)) { }
        var store = new CheckpointStore(dir.Path, 2);
        Assert.Equal(new long[] { 4, 6 }, store.List().Select(c => c.CompletedSteps));
        string latest = store.Latest()!;
        var bytes = File.ReadAllBytes(latest);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(latest, bytes);

        var trainer = new GanTrainer(options with { Steps = 2 });                          // 3 + 3 + 2 = 8 steps
        var notices = new List<string>();
        trainer.Resuming += notices.Add;
        using var resumed = trainer.Train(data);
        string notice = Assert.Single(notices);
        Assert.Contains("resuming from checkpoint-000000004.tcwgan", notice);
        Assert.Contains(latest, notice);
        Assert.Contains("damaged", notice);
        Assert.Equal(new long[] { 6, 8 }, store.List().Select(c => c.CompletedSteps));
        CheckpointStore.Load(store.PathFor(6)); // rewritten while training on from step 4

        using var straight = new GanTrainer(options with { Steps = 2, CheckpointDirectory = straightDir.Path }).Train(data);
        Assert.Equal(straight.History.Count, resumed.History.Count);
        for (int i = 0; i < straight.History.Count; i++)
            Assert.Equal(straight.History[i].GeneratorLoss, resumed.History[i].GeneratorLoss, 5);

        File.WriteAllBytes(latest, bytes.AsSpan(0, 20).ToArray());
        Assert.Contains("truncated", Assert.Throws<ContainerFormatException>(() => CheckpointStore.Load(latest)).Message);
    }

    [Fact]
    public void ANonFiniteLossStopsTrainingAndKeepsTheLastGoodCheckpoint()
    {
        // Real spectrograms near float.MaxValue: finite inputs, but the generator's L1 term overflows to ∞.
        var data = SyntheticData.Create(6, 3, 5, spectrogramScale: 3e38f);
        using var dir = new TempDir("nn-nan");
        var options = SyntheticData.TinyOptions(dir.Path) with { EncoderPretrainSteps = 2, ClassifierSteps = 0, Steps = 5, CheckpointEvery = 2 };
        var error = Assert.Throws<TrainingDivergedException>(() => new GanTrainer(options).Train(data));
        Assert.Equal(2, error.Step); // read at once: ReportEvery = 1
        Assert.False(double.IsFinite(error.Value));
        var store = new CheckpointStore(dir.Path, 2);
        Assert.Equal(store.PathFor(2), error.LastGoodCheckpoint);
        Assert.Contains(store.PathFor(2), error.Message);
        Assert.Equal(store.PathFor(2), store.Latest());
        CheckpointStore.Load(store.PathFor(2));
    }

    [Fact]
    public void ResumingWithDifferentArchitectureSettingsIsRefused()
    {
        var data = SyntheticData.Create(6, 3, 6);
        using var dir = new TempDir("nn-mismatch");
        var options = SyntheticData.TinyOptions(dir.Path) with { EncoderPretrainSteps = 1, ClassifierSteps = 1, Steps = 0 };
        using (new GanTrainer(options).Train(data)) { }
        var error = Assert.Throws<InvalidOperationException>(() => new GanTrainer(options with { Width = 0.125 }).Train(data));
        Assert.Contains("different options", error.Message);
    }

    [Fact]
    public void TheCriticIsBuiltAtItsOwnWidthAndAResumeMustAgreeWithIt()
    {
        var data = SyntheticData.Create(6, 3, 6);
        using var shared = new TempDir("nn-critic-shared");
        using var own = new TempDir("nn-critic-own");
        var options = SyntheticData.TinyOptions(null) with { EncoderPretrainSteps = 1, ClassifierSteps = 1, Steps = 1 };
        using (new GanTrainer(options with { CheckpointDirectory = shared.Path }).Train(data)) { }
        using (new GanTrainer(options with { CheckpointDirectory = own.Path, CriticWidth = 0.5 }).Train(data)) { }
        byte[] Section(string dir, string name) => CheckpointStore.Load(new CheckpointStore(dir, 2).Latest()!).Section(name, dir);
        // Critic channels 16·w … 128·w: at 0.5 its weights are ~60× those at the shared 0.0625; G is the same size in both.
        Assert.True(Section(own.Path, "critic").Length > 20 * Section(shared.Path, "critic").Length);
        Assert.Equal(Section(shared.Path, "generator").Length, Section(own.Path, "generator").Length);
        var error = Assert.Throws<InvalidOperationException>(() => new GanTrainer(options with { CheckpointDirectory = own.Path, Steps = 2 }).Train(data));
        Assert.Contains("different options", error.Message);
        Assert.Contains("CriticWidth must be null or in (0, 8]", Assert.Throws<ArgumentException>(() => new GanTrainer(options with { CriticWidth = 0 })).Message);
    }

    [Fact]
    public void CancellingWritesACheckpointToResumeFrom()
    {
        var data = SyntheticData.Create(6, 3, 7);
        using var dir = new TempDir("nn-cancel");
        var options = SyntheticData.TinyOptions(dir.Path) with { CheckpointEvery = 100 };
        using var cancel = new CancellationTokenSource();
        var trainer = new GanTrainer(options);
        trainer.Progress += p => { if (p.CompletedSteps == 5) cancel.Cancel(); };
        Assert.ThrowsAny<OperationCanceledException>(() => trainer.Train(data, cancel.Token));
        Assert.Equal(new CheckpointStore(dir.Path, 2).PathFor(5), new CheckpointStore(dir.Path, 2).Latest());
    }
}
