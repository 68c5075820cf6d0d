using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>
/// The networks and optimisers of one <see cref="GanTrainer.Train"/> run and the three kinds of step. Every step
/// reseeds its random sources from (Seed, step), so steps are replayable after a resume.
/// </summary>
internal sealed class TrainingSession : IDisposable
{
    private static readonly long[] WindowShape = [Shapes.WindowFrames, Shapes.Channels, Shapes.FaceSize, Shapes.FaceSize];
    private static readonly long[] SpectrogramShape = [Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames];

    private readonly GanOptions options;
    private readonly GanDataset data;
    private readonly Device device;
    private readonly Generator random; // on the training device: dropout masks, noise, penalty mixing
    private readonly TemporalEncoder encoder;
    private readonly EmotionClassifierNetwork classifier;
    private readonly SpectrogramGenerator generator;
    private readonly SpectrogramCritic critic;
    private readonly optim.Optimizer encoderOptimizer;
    private readonly optim.Optimizer classifierOptimizer;
    private readonly optim.Optimizer generatorOptimizer;
    private readonly optim.Optimizer criticOptimizer;
    private Tensor? codes; // (windows, 64) once the encoder is frozen
    private float[]? windowBuffer;
    private float[]? spectrogramBuffer;
    private bool handedOver;

    public TrainingSession(GanOptions options, GanDataset data, Device device)
    {
        this.options = options;
        this.data = data;
        this.device = device;
        random = new Generator(unchecked((ulong)options.Seed), device);
        encoder = TemporalEncoder.Create(options.Encoder, options.Width, options.Dropout, options.AttentionHeads, random);
        classifier = new EmotionClassifierNetwork(options.Classifier, options.Width, options.Dropout, random);
        generator = new SpectrogramGenerator(options.Width, options.Dropout, random);
        critic = new SpectrogramCritic(options.Width, options.CriticNorm, options.AuxiliaryClassifierWeight > 0, options.CriticDropout, random);
        nn.Module[] networks = [encoder, classifier, generator, critic];
        for (int i = 0; i < networks.Length; i++)
        {
            using var init = new Generator(unchecked((ulong)Seeds.Derive(options.Seed, -1 - i)), CPU);
            ParameterInit.Reset(networks[i], init);
            networks[i].to(device);
        }
        encoderOptimizer = Optimizers.Pretraining(encoder.parameters(), options.PretrainLearningRate);
        classifierOptimizer = Optimizers.Pretraining(classifier.parameters(), options.PretrainLearningRate);
        generatorOptimizer = Optimizers.Adversarial(generator.parameters(), options);
        criticOptimizer = Optimizers.Adversarial(critic.parameters(), options);
    }

    public long EncoderEnd => options.EncoderPretrainSteps;
    public long ClassifierEnd => options.EncoderPretrainSteps + (long)options.ClassifierSteps;

    public TrainingPhase PhaseOf(long step) =>
        step < EncoderEnd ? TrainingPhase.EncoderPretraining
        : step < ClassifierEnd ? TrainingPhase.ClassifierPretraining
        : TrainingPhase.Adversarial;

    /// <summary>Runs step <paramref name="step"/>; throws <see cref="NonFiniteLossException"/> before applying a non-finite loss.</summary>
    public LossRecord Step(long step)
    {
        using var scope = NewDisposeScope();
        long seed = Seeds.Derive(options.Seed, step);
        random.manual_seed(seed);
        var batchRandom = new Random(unchecked((int)seed ^ (int)(seed >> 32)));
        return PhaseOf(step) switch
        {
            TrainingPhase.EncoderPretraining => EncoderStep(step, batchRandom),
            TrainingPhase.ClassifierPretraining => ClassifierStep(step, batchRandom),
            _ => AdversarialStep(step, batchRandom),
        };
    }

    private LossRecord EncoderStep(long step, Random batchRandom)
    {
        encoder.train();
        var indices = Batches.Sample(batchRandom, data.Windows.Count, options.BatchSize);
        var windows = Batches.Gather(data.Windows, indices, WindowShape, device, ref windowBuffer);     // (B, 10, 3, 28, 28)
        var labels = Batches.Labels(data.WindowLabels, indices, device);              // (B)
        var logits = encoder.EmotionLogits(encoder.forward(windows));                 // (B, 6)
        var loss = GanLosses.Classification(logits, labels);
        double value = Finite(loss, "encoder FER loss", step);
        encoderOptimizer.zero_grad();
        loss.backward();
        encoderOptimizer.step();
        return new LossRecord(TrainingPhase.EncoderPretraining, step, 0, 0, 0, 0, value, GanLosses.Accuracy(logits, labels));
    }

    private LossRecord ClassifierStep(long step, Random batchRandom)
    {
        classifier.train();
        var indices = Batches.Sample(batchRandom, data.Spectrograms.Count, options.BatchSize);
        var spectrograms = Batches.Gather(data.Spectrograms, indices, SpectrogramShape, device, ref spectrogramBuffer); // (B, 3, 28, 112)
        var labels = Batches.Labels(data.SpectrogramLabels, indices, device);                     // (B)
        var logits = classifier.forward(spectrograms);                                            // (B, 6)
        var loss = GanLosses.Classification(logits, labels);
        double value = Finite(loss, "Q classification loss", step);
        classifierOptimizer.zero_grad();
        loss.backward();
        classifierOptimizer.step();
        return new LossRecord(TrainingPhase.ClassifierPretraining, step, 0, 0, 0, 0, value, GanLosses.Accuracy(logits, labels));
    }

    private (Tensor Codes, Tensor Real, Tensor Emotions, Tensor Noise) PairBatch(Random batchRandom)
    {
        var pairs = Batches.Sample(batchRandom, data.Pairs.Count, options.BatchSize);
        var windowIndices = pairs.Select(p => data.Pairs[p].Window).ToArray();
        var spectrogramIndices = pairs.Select(p => data.Pairs[p].Spectrogram).ToArray();
        using var windowIndexTensor = tensor(windowIndices.Select(i => (long)i).ToArray()).to(device);
        var batchCodes = codes!.index_select(0, windowIndexTensor);                                   // (B, 64)
        var real = Batches.Gather(data.Spectrograms, spectrogramIndices, SpectrogramShape, device, ref spectrogramBuffer);   // (B, 3, 28, 112)
        var emotions = Batches.Labels(data.SpectrogramLabels, spectrogramIndices, device);            // (B)
        var noise = randn([options.BatchSize, Shapes.Noise], device: device, generator: random);      // (B, 32)
        return (batchCodes, real, emotions, noise);
    }

    private LossRecord AdversarialStep(long step, Random batchRandom)
    {
        FreezePretrained();
        generator.train();
        critic.train();
        bool wasserstein = options.Loss == AdversarialLoss.Wasserstein;

        // Update the critic n_critic times.
        SetTrainable(critic, true);
        double criticValue = 0, wassersteinValue = 0, penaltyValue = 0;
        for (int i = 0; i < options.CriticSteps; i++)
        {
            var (batchCodes, real, emotions, noise) = PairBatch(batchRandom);
            Tensor fake;
            using (no_grad()) fake = generator.forward(SpectrogramGenerator.Input(batchCodes, emotions, noise)); // (B, 3, 28, 112)
            var (realScores, realEmotionLogits) = critic.Evaluate(real);                                          // (B, 1), (B, 6)?
            var fakeScores = critic.forward(fake);                                                                 // (B, 1)
            var penalty = wasserstein && options.GradientPenaltyWeight > 0
                ? GanLosses.GradientPenalty(critic.forward, real, fake, random)
                : zeros(1, device: device).squeeze();
            var loss = wasserstein
                ? GanLosses.CriticWasserstein(realScores, fakeScores, penalty, options.GradientPenaltyWeight)
                : GanLosses.CriticConventional(realScores, fakeScores);
            if (realEmotionLogits is not null)
                loss = loss + ScalarMath.Mul(GanLosses.Classification(realEmotionLogits, emotions), options.AuxiliaryClassifierWeight);
            criticValue = Finite(loss, "critic loss", step);
            wassersteinValue = GanLosses.WassersteinEstimate(realScores, fakeScores).item<float>();
            penaltyValue = penalty.item<float>();
            criticOptimizer.zero_grad();
            loss.backward();
            criticOptimizer.step();
        }

        // Update the generator once, through the frozen critic and Q.
        SetTrainable(critic, false);
        {
            var (batchCodes, real, emotions, noise) = PairBatch(batchRandom);
            var fake = generator.forward(SpectrogramGenerator.Input(batchCodes, emotions, noise)); // (B, 3, 28, 112)
            var (fakeScores, fakeEmotionLogits) = critic.Evaluate(fake);                           // (B, 1), (B, 6)?
            var qLogits = classifier.forward(fake);                                                 // (B, 6)
            var loss = GanLosses.Generator(options.Loss, fakeScores, qLogits, emotions, fake, real,
                                           options.ClassifierWeight, options.L1Weight);
            if (fakeEmotionLogits is not null)
                loss = loss + ScalarMath.Mul(GanLosses.Classification(fakeEmotionLogits, emotions), options.AuxiliaryClassifierWeight);
            double generatorValue = Finite(loss, "generator loss", step);
            generatorOptimizer.zero_grad();
            loss.backward();
            generatorOptimizer.step();
            double qLoss = GanLosses.Classification(qLogits, emotions).item<float>();
            return new LossRecord(TrainingPhase.Adversarial, step, criticValue, generatorValue, wassersteinValue, penaltyValue,
                                  qLoss, GanLosses.Accuracy(qLogits, emotions));
        }
    }

    /// <summary>Puts encoder and Q in eval mode without gradients and caches every window's code.</summary>
    private void FreezePretrained()
    {
        if (codes is not null) return;
        encoder.eval();
        classifier.eval();
        SetTrainable(encoder, false);
        SetTrainable(classifier, false);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var parts = new List<Tensor>();
        const int chunk = 256;
        for (int start = 0; start < data.Windows.Count; start += chunk)
        {
            var indices = Enumerable.Range(start, Math.Min(chunk, data.Windows.Count - start)).ToArray();
            var windows = Batches.Gather(data.Windows, indices, WindowShape, device, ref windowBuffer); // (b, 10, 3, 28, 28)
            parts.Add(encoder.forward(windows));                                     // (b, 64)
        }
        codes = cat(parts, 0).DetachFromDisposeScope();                               // (windows, 64)
    }

    private static void SetTrainable(nn.Module module, bool trainable)
    {
        foreach (var parameter in module.parameters()) parameter.requires_grad = trainable;
    }

    private static double Finite(Tensor loss, string name, long step)
    {
        double value = loss.item<float>();
        if (!double.IsFinite(value)) throw new NonFiniteLossException(step, name, value);
        return value;
    }

    public ModelContainer ToCheckpoint(long completedSteps, TimeSpan trainingTime, List<LossRecord> history)
    {
        var metadata = new CheckpointMetadata(completedSteps, options.ResumeFingerprint(), trainingTime.Ticks, history);
        var sections = new Dictionary<string, byte[]>
        {
            ["encoder"] = ModelContainer.ModuleBytes(encoder),
            ["classifier"] = ModelContainer.ModuleBytes(classifier),
            ["generator"] = ModelContainer.ModuleBytes(generator),
            ["critic"] = ModelContainer.ModuleBytes(critic),
            ["encoder.optimizer"] = ModelContainer.OptimizerBytes(encoderOptimizer),
            ["classifier.optimizer"] = ModelContainer.OptimizerBytes(classifierOptimizer),
            ["generator.optimizer"] = ModelContainer.OptimizerBytes(generatorOptimizer),
            ["critic.optimizer"] = ModelContainer.OptimizerBytes(criticOptimizer),
        };
        return new ModelContainer(CheckpointFormat.Magic, CheckpointFormat.Version, JsonSerializer.Serialize(metadata), sections);
    }

    /// <summary>Restores a checkpoint written by <see cref="ToCheckpoint"/> with the same options.</summary>
    public CheckpointMetadata Restore(ModelContainer checkpoint, string path)
    {
        CheckpointMetadata? metadata;
        try { metadata = JsonSerializer.Deserialize<CheckpointMetadata>(checkpoint.Metadata); }
        catch (JsonException e) { throw new ModelFormatException(path, $"its metadata is not valid JSON ({e.Message}).", e); }
        if (metadata is null || metadata.History is null) throw new ModelFormatException(path, "its metadata is empty.");
        if (metadata.OptionsFingerprint != options.ResumeFingerprint())
            throw new InvalidOperationException(
                $"Checkpoint {path} was written with different options; resume with the same settings or use another CheckpointDirectory." +
                $"{Environment.NewLine}  checkpoint: {metadata.OptionsFingerprint}{Environment.NewLine}  now:        {options.ResumeFingerprint()}");
        checkpoint.LoadModule(encoder, "encoder", path);
        checkpoint.LoadModule(classifier, "classifier", path);
        checkpoint.LoadModule(generator, "generator", path);
        checkpoint.LoadModule(critic, "critic", path);
        checkpoint.LoadOptimizer(encoderOptimizer, "encoder.optimizer", path);
        checkpoint.LoadOptimizer(classifierOptimizer, "classifier.optimizer", path);
        checkpoint.LoadOptimizer(generatorOptimizer, "generator.optimizer", path);
        checkpoint.LoadOptimizer(criticOptimizer, "critic.optimizer", path);
        return metadata;
    }

    /// <summary>Hands encoder, generator and the random source to a model; the session no longer disposes them.</summary>
    public FaceToAudioModel ToModel(TimeSpan trainingTime, IReadOnlyList<LossRecord> history)
    {
        handedOver = true;
        return new FaceToAudioModel(encoder, generator, options, device, trainingTime, history, random);
    }

    public void Dispose()
    {
        codes?.Dispose();
        encoderOptimizer.Dispose();
        classifierOptimizer.Dispose();
        generatorOptimizer.Dispose();
        criticOptimizer.Dispose();
        classifier.Dispose();
        critic.Dispose();
        if (!handedOver)
        {
            encoder.Dispose();
            generator.Dispose();
            random.Dispose();
        }
    }
}

/// <summary>Internal signal from a step: a loss was NaN or infinite (turned into <see cref="TrainingDivergedException"/>).</summary>
internal sealed class NonFiniteLossException(long step, string lossName, double value) : Exception($"{lossName} = {value} at step {step}")
{
    public long Step { get; } = step;
    public string LossName { get; } = lossName;
    public double Value { get; } = value;
}
