using System.Text.Json;

namespace TcWgan.Nn;

/// <summary>
/// The networks, optimisers and device-resident data of one <see cref="GanTrainer.Train(GanDataset, CancellationToken)"/> run, and its three kinds of
/// step. Every step reseeds its random sources from (Seed, step), so steps replay exactly after a resume. Losses
/// accumulate on the device and are read only by <see cref="Report"/>: the steps in between never wait for the device.
/// </summary>
internal sealed class TrainingSession : IDisposable
{
    private readonly GanOptions options;
    private readonly Device device;
    private readonly Generator random; // on the training device: dropout, masks, batch indices, noise, penalty mixing
    private readonly TemporalEncoder encoder;
    private readonly EmotionClassifierNetwork classifier;
    private readonly bool ownsClassifier;
    private readonly string classifierDigest;
    private readonly SpectrogramGenerator generator;
    private readonly SpectrogramCritic critic;
    private readonly SpecMasking criticMasks;
    private readonly Tensor windowBytes;   // (W, 10, 3, 28, 28) uint8
    private readonly Tensor windowClips;   // (W) int64
    private readonly Tensor spectrograms;  // (C, 3, 28, 112)
    private readonly Tensor labels;        // (C) int64
    private readonly Tensor windowLabels;  // (W) int64
    private readonly WindowBatches windowSource;
    private readonly TensorBatches spectrogramSource;
    private readonly SupervisedLoop encoderLoop;
    private readonly SupervisedLoop classifierLoop;
    private readonly optim.Optimizer generatorOptimizer;
    private readonly optim.Optimizer criticOptimizer;
    private readonly Tensor[] criticParameters;
    private readonly Tensor adversarialRunning; // (7): critic, Wasserstein, penalty, generator, Q loss, Q accuracy, steps
    private readonly bool realAndFakeInOnePass;
    private Tensor? codes; // (W, 64) once the encoder is frozen
    private bool handedOver;

    public TrainingSession(GanOptions options, GanDataset data, Device device, EmotionClassifier? pretrained = null)
    {
        data.EnsureTrainable();
        this.options = options;
        this.device = device;
        random = new Generator(unchecked((ulong)options.Seed), device);
        encoder = TemporalEncoder.Create(options.Encoder, options.Width, options.Dropout, options.AttentionHeads, random);
        ownsClassifier = pretrained is null;
        classifier = pretrained?.Network ?? new EmotionClassifierNetwork(options.Classifier, options.Width, options.Dropout,
            SpecMasking.Default(random), random);
        classifierDigest = pretrained is null ? "" : pretrained.Digest();
        if (pretrained is not null && pretrained.DeviceType != device.type)
            throw new ArgumentException($"The pre-trained classifier lives on {pretrained.DeviceType}, the GAN trains on {device.type}; load it with the same device.", nameof(pretrained));
        generator = new SpectrogramGenerator(options.Width, options.Dropout, random);
        critic = new SpectrogramCritic(options.CriticWidth ?? options.Width, options.CriticNorm, options.AuxiliaryClassifierWeight > 0);
        criticMasks = options.AugmentCriticInputs
            ? SpecMasking.Default(random) : new SpecMasking(0, 0, 0, 0, null);
        realAndFakeInOnePass = options.CriticNorm != CriticNorm.Batch;
        nn.Module?[] networks = [encoder, ownsClassifier ? classifier : null, generator, critic];
        for (int i = 0; i < networks.Length; i++)
        {
            if (networks[i] is not { } network) continue;
            using var init = new Generator(unchecked((ulong)Seeds.Derive(options.Seed, -1 - i)), CPU);
            ParameterInit.Reset(network, init);
            network.to(device);
        }
        if (ownsClassifier)
        {
            var (mean, sd) = InputStatistics.Of(data.Spectrograms);
            classifier.SetInputStatistics(mean, sd);
        }

        windowBytes = Upload(data.Windows, [Shapes.WindowFrames, Shapes.Channels, Shapes.FaceSize, Shapes.FaceSize]);
        windowClips = Batches.Longs(data.WindowClips, device);
        labels = Batches.Longs(data.Labels, device);
        windowLabels = labels.index_select(0, windowClips);
        windowSource = new WindowBatches(windowBytes, windowLabels);
        spectrogramSource = TensorBatches.From(data.Spectrograms, data.Labels, [Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames], device);
        spectrograms = spectrogramSource.Rows;
        using (var mean = spectrograms.mean([0])) generator.StartAtMean(mean);                                // (3, 28, 112)

        var pretraining = NnDefaults.Pretraining with { BatchSize = options.BatchSize, LearningRate = options.PretrainLearningRate, Seed = options.Seed };
        encoderLoop = new SupervisedLoop(encoder, x => encoder.EmotionLogits(encoder.forward(x)), windowSource,
            pretraining with { Steps = options.EncoderPretrainSteps }, random, device);
        classifierLoop = new SupervisedLoop(classifier, classifier.forward, spectrogramSource,
            pretraining with { Steps = options.ClassifierSteps }, random, device);
        generatorOptimizer = Optimizers.Adversarial(generator.parameters(), options);
        criticOptimizer = Optimizers.Adversarial(critic.parameters(), options);
        criticParameters = [.. critic.parameters()];
        adversarialRunning = zeros(7, device: device);
    }

    public long EncoderEnd => options.EncoderPretrainSteps;
    public long ClassifierEnd => options.EncoderPretrainSteps + (long)options.ClassifierSteps;

    public long GeneratorEnd => ClassifierEnd + options.GeneratorPretrainSteps;

    public TrainingPhase PhaseOf(long step) =>
        step < EncoderEnd ? TrainingPhase.EncoderPretraining
        : step < ClassifierEnd ? TrainingPhase.ClassifierPretraining
        : step < GeneratorEnd ? TrainingPhase.GeneratorPretraining
        : TrainingPhase.Adversarial;

    /// <summary>Runs step <paramref name="step"/> (0-based over the three phases).</summary>
    public void Step(long step)
    {
        switch (PhaseOf(step))
        {
            case TrainingPhase.EncoderPretraining: encoderLoop.Step(step); break;
            case TrainingPhase.ClassifierPretraining: classifierLoop.Step(step - EncoderEnd); break;
            case TrainingPhase.GeneratorPretraining: GeneratorStep(step); break;
            default: AdversarialStep(step); break;
        }
    }

    /// <summary>
    /// Means of the losses accumulated since the last report of <paramref name="phase"/>, as the record of step
    /// <paramref name="step"/> (the last one they cover). This is the only place that waits for the device.
    /// </summary>
    public LossRecord Report(TrainingPhase phase, long step)
    {
        if (phase is TrainingPhase.EncoderPretraining or TrainingPhase.ClassifierPretraining)
        {
            var (loss, accuracy) = (phase == TrainingPhase.EncoderPretraining ? encoderLoop : classifierLoop).TakeRunning();
            return new LossRecord(phase, step, 0, 0, 0, 0, loss, accuracy);
        }
        var v = adversarialRunning.cpu().data<float>().ToArray();
        adversarialRunning.zero_();
        double n = Math.Max(1, v[6]);
        return new LossRecord(phase, step, v[0] / n, v[3] / n, v[1] / n, v[2] / n, v[4] / n, v[5] / n);
    }

    private void AdversarialStep(long step)
    {
        FreezePretrained();
        using var scope = NewDisposeScope();
        random.manual_seed(Seeds.Derive(options.Seed, step));
        generator.train();
        critic.train();
        criticMasks.train();
        int batch = options.BatchSize, criticSteps = options.CriticSteps;

        // One batch of fakes per step, kept with its graph: the critic learns from it detached, then the generator
        // learns through it (G has not changed in between, so recomputing it would give the same images).
        var (codesBatch, emotions, reals) = PairBatch(batch);                                              // (B, 64), (B), (B, 3, 28, 112)
        var fakes = generator.forward(SpectrogramGenerator.Input(codesBatch, emotions, Noise(batch)));     // (B, 3, 28, 112)

        // Update the critic n_critic times, each against another batch of real spectrograms.
        SetTrainable(critic, true);
        Tensor criticLoss = null!, estimate = null!, penalty = null!;
        for (int i = 0; i < criticSteps; i++)
        {
            var (_, realEmotions, real) = i == 0 ? (codesBatch, emotions, reals) : PairBatch(batch);       // (B), (B, 3, 28, 112)
            var fake = criticMasks.forward(fakes.detach());                                                // (B, 3, 28, 112)
            (criticLoss, estimate, penalty) = CriticLoss(criticMasks.forward(real), fake, realEmotions);
            criticOptimizer.zero_grad();
            // Only the critic's weights: the penalty's interpolates require a gradient too, and back-propagating into
            // them ran the first convolution's stride-2 input gradient at full resolution for nothing (width 1/8:
            // 18 -> 16 ms per penalty, 1 thread; width 1, batch 64: 95 -> 75 ms).
            criticLoss.backward(null, false, false, criticParameters);
            criticOptimizer.step();
        }

        // Update the generator once, through the updated (frozen) critic and Q.
        SetTrainable(critic, false);
        var (fakeScores, fakeEmotionLogits) = critic.Evaluate(criticMasks.forward(fakes));                // (B, 1), (B, 6)?
        var qLogits = classifier.forward(fakes);                                                           // (B, 6)
        var generatorLoss = GanLosses.Generator(options.Loss, fakeScores, qLogits, emotions, fakes, reals,
                                                options.ClassifierWeight, options.L1Weight);
        if (fakeEmotionLogits is not null)
            generatorLoss = ScalarMath.Plus(generatorLoss, ScalarMath.Mul(GanLosses.Classification(fakeEmotionLogits, emotions), options.AuxiliaryClassifierWeight));
        generatorOptimizer.zero_grad();
        generatorLoss.backward();
        generatorOptimizer.step();

        using (no_grad())
        {
            var qLoss = GanLosses.Classification(qLogits, emotions);
            var one = ones(1, device: device).squeeze();
            adversarialRunning.add_(stack([criticLoss.detach().reshape([]), estimate.detach().reshape([]), penalty.detach().reshape([]),
                generatorLoss.detach().reshape([]), qLoss.detach(), GanLosses.Accuracy(qLogits, emotions), one]), ScalarMath.One);
        }
    }

    /// <summary>A warm-up step of the generator alone: L1 to its clips' spectrograms and Q's cross-entropy, no critic.</summary>
    private void GeneratorStep(long step)
    {
        FreezePretrained();
        using var scope = NewDisposeScope();
        random.manual_seed(Seeds.Derive(options.Seed, step));
        generator.train();
        var (codesBatch, emotions, reals) = PairBatch(options.BatchSize);                                 // (B, 64), (B), (B, 3, 28, 112)
        var fakes = generator.forward(SpectrogramGenerator.Input(codesBatch, emotions, Noise(options.BatchSize))); // (B, 3, 28, 112)
        var qLogits = classifier.forward(fakes);                                                            // (B, 6)
        var qLoss = GanLosses.Classification(qLogits, emotions);
        var loss = ScalarMath.Plus(ScalarMath.Mul(GanLosses.L1(fakes, reals), options.L1Weight), ScalarMath.Mul(qLoss, options.ClassifierWeight));
        generatorOptimizer.zero_grad();
        loss.backward();
        generatorOptimizer.step();
        using (no_grad())
        {
            var zero = zeros(1, device: device).squeeze();
            var one = ones(1, device: device).squeeze();
            adversarialRunning.add_(stack([zero, zero, zero, loss.detach(), qLoss.detach(), GanLosses.Accuracy(qLogits, emotions), one]), ScalarMath.One);
        }
    }

    /// <summary>
    /// The critic's loss on one real and one fake batch. A layer-normed or norm-free critic scores each sample alone, so
    /// real and fake share one pass; the penalty's interpolates always get a pass of their own, because inside a shared
    /// pass the penalty's gradient and its double backward run over every row of it (at width 1/8 a critic update took
    /// 26 ms over [real; fake; interpolates], 17 ms as [real; fake] + interpolates; at width 1, batch 64: 219 and 128 ms).
    /// </summary>
    private (Tensor Loss, Tensor Estimate, Tensor Penalty) CriticLoss(Tensor real, Tensor fake, Tensor emotions)
    {
        bool wasserstein = options.Loss == AdversarialLoss.Wasserstein;
        long batch = real.shape[0];
        Tensor realScores, fakeScores;
        Tensor? realEmotionLogits;
        if (realAndFakeInOnePass)
        {
            var (scores, logits) = critic.Evaluate(cat([real, fake.detach()], 0));                          // (2B, 1), (2B, 6)?
            realScores = scores.narrow(0, 0, batch);
            fakeScores = scores.narrow(0, batch, batch);
            realEmotionLogits = logits?.narrow(0, 0, batch);
        }
        else
        {
            (realScores, realEmotionLogits) = critic.Evaluate(real);
            fakeScores = critic.forward(fake.detach());
        }
        var penalty = wasserstein && options.GradientPenaltyWeight > 0
            ? GanLosses.GradientPenalty(critic.forward, real, fake, random)
            : zeros(1, device: device).squeeze();
        var loss = wasserstein
            ? GanLosses.CriticWasserstein(realScores, fakeScores, penalty, options.GradientPenaltyWeight)
            : GanLosses.CriticConventional(realScores, fakeScores);
        if (realEmotionLogits is not null)
            loss = ScalarMath.Plus(loss, ScalarMath.Mul(GanLosses.Classification(realEmotionLogits, emotions), options.AuxiliaryClassifierWeight));
        return (loss, GanLosses.WassersteinEstimate(realScores, fakeScores), penalty);
    }

    /// <summary><paramref name="count"/> random windows: their codes, their clips' emotions and clean spectrograms.</summary>
    private (Tensor Codes, Tensor Emotions, Tensor Real) PairBatch(int count)
    {
        var windows = randint(windowClips.shape[0], [count], ScalarType.Int64, device, generator: random); // (n)
        var clips = windowClips.index_select(0, windows);                                                 // (n)
        return (codes!.index_select(0, windows), labels.index_select(0, clips), spectrograms.index_select(0, clips));
    }

    private Tensor Noise(int count) => randn([count, Shapes.Noise], device: device, generator: random); // (n, 32)

    /// <summary>
    /// Recomputes encoder's and Q's batch-norm statistics under their pre-trained weights, puts them in eval mode without
    /// gradients and caches every window's code.
    /// </summary>
    private void FreezePretrained()
    {
        if (codes is not null) return;
        BatchNormCalibration.Recalibrate(encoder, BatchNormCalibration.Chunks(windowSource, device), x => encoder.forward(x));
        // A classifier handed in (the study's real-only judge) is calibrated already and may be judging another GAN on
        // another thread: recalibrating it would rewrite the running statistics that GAN's backward pass has saved.
        if (ownsClassifier)
            BatchNormCalibration.Recalibrate(classifier, BatchNormCalibration.Chunks(spectrogramSource, device), x => classifier.forward(x));
        SetTrainable(encoder, false);
        SetTrainable(classifier, false);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var parts = new List<Tensor>();
        foreach (var (start, count) in Batches.Chunks(windowSource.Count))
            parts.Add(encoder.forward(windowSource.Inputs(ScalarMath.Range(start, start + count, device)))); // (b, 64)
        codes = cat(parts, 0).DetachFromDisposeScope();                               // (W, 64)
    }

    private IEnumerable<Func<Tensor>> GeneratorInputs() =>
        Batches.Chunks(windowSource.Count).Select(c => (Func<Tensor>)(() =>
        {
            var windows = ScalarMath.Range(c.Start, c.Start + c.Count, device);
            var emotions = labels.index_select(0, windowClips.index_select(0, windows));
            return SpectrogramGenerator.Input(codes!.index_select(0, windows), emotions, Noise(c.Count)); // (b, 102)
        }));

    private static void SetTrainable(nn.Module module, bool trainable)
    {
        foreach (var parameter in module.parameters()) parameter.requires_grad = trainable;
    }

    private Tensor Upload(IReadOnlyList<byte[]> rows, long[] shape)
    {
        using var cpu = tensor(Batches.Flatten(rows, shape), [rows.Count, .. shape]);
        return cpu.to(device);
    }

    /// <summary>What a checkpoint must agree with to be resumed: the options and, with a caller's Q, its digest.</summary>
    private string Fingerprint => options.ResumeFingerprint() + (classifierDigest.Length > 0 ? $"|classifier:{classifierDigest}" : "");

    public ChecksummedContainer ToCheckpoint(long completedSteps, TimeSpan trainingTime, List<LossRecord> history)
    {
        var metadata = new CheckpointMetadata(completedSteps, Fingerprint, trainingTime.Ticks, history);
        var sections = new Dictionary<string, byte[]>
        {
            ["encoder"] = ModuleState.Of(encoder),
            ["classifier"] = ModuleState.Of(classifier), // the caller's Q too: a checkpoint is a complete state
            ["generator"] = ModuleState.Of(generator),
            ["critic"] = ModuleState.Of(critic),
            ["encoder.optimizer"] = ModuleState.Of(encoderLoop.Optimizer),
            ["classifier.optimizer"] = ModuleState.Of(classifierLoop.Optimizer),
            ["generator.optimizer"] = ModuleState.Of(generatorOptimizer),
            ["critic.optimizer"] = ModuleState.Of(criticOptimizer),
        };
        return new ChecksummedContainer(CheckpointFormat.Magic, CheckpointFormat.Version, JsonSerializer.Serialize(metadata), sections);
    }

    /// <summary>Restores a checkpoint written by <see cref="ToCheckpoint"/> with the same options.</summary>
    public CheckpointMetadata Restore(ChecksummedContainer checkpoint, string path)
    {
        var metadata = checkpoint.MetadataAs<CheckpointMetadata>(path);
        if (metadata.History is null) throw new ContainerFormatException(path, "its metadata is empty.");
        if (metadata.OptionsFingerprint != Fingerprint)
            throw new InvalidOperationException(
                $"Checkpoint {path} was written with different options (or another pre-trained Q); resume with the same settings or use another CheckpointDirectory." +
                $"{Environment.NewLine}  checkpoint: {metadata.OptionsFingerprint}{Environment.NewLine}  now:        {Fingerprint}");
        checkpoint.LoadModule(encoder, "encoder", path);
        if (ownsClassifier) checkpoint.LoadModule(classifier, "classifier", path);
        checkpoint.LoadModule(generator, "generator", path);
        checkpoint.LoadModule(critic, "critic", path);
        checkpoint.LoadOptimizer(encoderLoop.Optimizer, "encoder.optimizer", path);
        checkpoint.LoadOptimizer(classifierLoop.Optimizer, "classifier.optimizer", path);
        checkpoint.LoadOptimizer(generatorOptimizer, "generator.optimizer", path);
        checkpoint.LoadOptimizer(criticOptimizer, "critic.optimizer", path);
        return metadata;
    }

    /// <summary>
    /// Recomputes the generator's batch-norm statistics over every window (its code, its clip's emotion, seeded noise)
    /// under the final weights, then hands encoder, generator and the random source to a model; the session no longer
    /// disposes them.
    /// </summary>
    public FaceToAudioModel ToModel(TimeSpan trainingTime, IReadOnlyList<LossRecord> history)
    {
        FreezePretrained();
        random.manual_seed(Seeds.Derive(options.Seed, -100));
        BatchNormCalibration.Recalibrate(generator, GeneratorInputs(), x => generator.forward(x));
        handedOver = true;
        return new FaceToAudioModel(encoder, generator, options, device, trainingTime, history, random);
    }

    public void Dispose()
    {
        codes?.Dispose();
        encoderLoop.Dispose();
        classifierLoop.Dispose();
        generatorOptimizer.Dispose();
        criticOptimizer.Dispose();
        adversarialRunning.Dispose();
        spectrogramSource.Dispose();
        windowBytes.Dispose();
        windowClips.Dispose();
        labels.Dispose();
        windowLabels.Dispose();
        if (ownsClassifier) classifier.Dispose();
        critic.Dispose();
        criticMasks.Dispose();
        if (!handedOver)
        {
            encoder.Dispose();
            generator.Dispose();
            random.Dispose();
        }
    }
}
