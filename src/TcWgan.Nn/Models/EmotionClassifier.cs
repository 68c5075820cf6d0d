using System.Text.Json;

namespace TcWgan.Nn;

/// <summary>One epoch of <see cref="EmotionClassifier.Train"/>.</summary>
/// <param name="Epoch">0-based epoch.</param>
/// <param name="LearningRate">Learning rate at the epoch's last step.</param>
/// <param name="TrainLoss">Mean training loss (label-smoothed, class-weighted) over the epoch's batches.</param>
/// <param name="TrainAccuracy">Accuracy on the training batches (train mode: dropout and masks on).</param>
/// <param name="ValidationLoss">Cross-entropy on the validation rows in eval mode, when there are any.</param>
/// <param name="ValidationAccuracy">Accuracy on the validation rows in eval mode, when there are any.</param>
public sealed record ClassifierEpoch(int Epoch, double LearningRate, double TrainLoss, double TrainAccuracy,
                                     double? ValidationLoss, double? ValidationAccuracy);

/// <summary>
/// Spectrogram emotion classifier (Q, Q16 or VGG16-style; <see cref="ClassifierKind"/>, see
/// <see cref="EmotionClassifierNetwork"/>) trained on (3, 28, 112) images by the project's one supervised loop. Saved
/// format: a <see cref="ChecksummedContainer"/> with magic "TCWGANQC", version 2, metadata JSON
/// (<see cref="EmotionClassifierMetadata"/>) and the section "network" (weights, batch-norm statistics and the input
/// normalisation fitted on the training rows).
/// </summary>
public sealed class EmotionClassifier : IDisposable
{
    public const string Magic = "TCWGANQC";
    /// <summary>Current format version (2: pooled head, input normalisation, per-epoch history).</summary>
    public const int Version = 2;
    /// <summary>Training rows whose batch-norm statistics judge each validation epoch (per channel, over rows × positions).</summary>
    private const int CalibrationRows = 128;
    private static readonly long[] SpectrogramShape = [Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames];

    private readonly EmotionClassifierNetwork network;
    private readonly Device device;
    private readonly IDisposable? owned;
    private bool disposed;

    /// <summary>Options it was trained with.</summary>
    public ClassifierOptions Options { get; }
    /// <summary>Every epoch's losses.</summary>
    public IReadOnlyList<ClassifierEpoch> History { get; }
    /// <summary>The epoch whose weights were kept: the lowest validation loss after the warm-up, or the last without validation rows.</summary>
    public int SelectedEpoch { get; }
    /// <summary>Width of <see cref="Features"/> rows.</summary>
    public int FeatureCount => network.FeatureCount;

    /// <summary>The network (the GAN trainer's frozen Q; tests compare train and eval mode).</summary>
    internal EmotionClassifierNetwork Network => network;

    /// <summary>The device the network lives on.</summary>
    internal DeviceType DeviceType => device.type;

    /// <summary>SHA-256 of the saved weights (hex): identifies this classifier in a GAN checkpoint.</summary>
    internal string Digest()
    {
        using var stream = new MemoryStream();
        Save(stream);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stream.ToArray()));
    }

    private EmotionClassifier(EmotionClassifierNetwork network, ClassifierOptions options, Device device,
                              IReadOnlyList<ClassifierEpoch> history, int selectedEpoch, IDisposable? owned)
    {
        this.network = network;
        this.device = device;
        this.owned = owned;
        Options = options;
        History = history;
        SelectedEpoch = selectedEpoch;
        network.eval();
        foreach (var parameter in network.parameters()) parameter.requires_grad = false;
    }

    /// <summary>
    /// Trains a classifier on flat (3, 28, 112) spectrograms and their emotion indices (0…5): per-band input
    /// normalisation fitted on these rows, <see cref="ClassifierOptions.Epochs"/> epochs of AdamW with warm-up and cosine
    /// decay, label smoothing, class weights and on-the-fly SpecAugment masks. With <paramref name="validation"/> rows,
    /// the epoch with the lowest validation loss (ties: higher accuracy) after the learning-rate warm-up is kept and
    /// training stops after <see cref="ClassifierOptions.EarlyStoppingPatience"/> epochs without improvement; each
    /// validation pass first recalibrates the batch norms on a fixed sample of 128 training rows, so the epoch is judged as
    /// it would be kept. Finally the batch norms' statistics are recomputed over all training rows under the kept
    /// weights (<see cref="BatchNormCalibration"/>). <paramref name="progress"/> hears of every epoch; <paramref name="ct"/> is checked before every step.
    /// </summary>
    public static EmotionClassifier Train(IReadOnlyList<float[]> spectrograms, IReadOnlyList<int> labels, ClassifierOptions options,
                                          (IReadOnlyList<float[]> Spectrograms, IReadOnlyList<int> Labels)? validation = null,
                                          IProgress<ClassifierEpoch>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(spectrograms);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        CheckData(spectrograms, labels, "training", minimum: 2);
        if (validation is { } v) CheckData(v.Spectrograms, v.Labels, "validation", minimum: 1);
        var target = DeviceNames.Resolve(options.Device);
        var random = new Generator(unchecked((ulong)options.Seed), target);
        var network = Build(options, random);
        var history = new List<ClassifierEpoch>();
        int selected = -1;
        try
        {
            using (var init = new Generator(unchecked((ulong)Seeds.Derive(options.Seed, -1)), CPU)) ParameterInit.Reset(network, init);
            var (mean, sd) = InputStatistics.Of(spectrograms);
            network.SetInputStatistics(mean, sd);
            network.to(target);
            using var train = TensorBatches.From(spectrograms, labels, SpectrogramShape, target);
            using var held = validation is { } val ? TensorBatches.From(val.Spectrograms, val.Labels, SpectrogramShape, target) : null;
            int perEpoch = SupervisedLoop.StepsPerEpochOf(train.Count, options.BatchSize);
            var settings = new SupervisedSettings((long)options.Epochs * perEpoch, options.BatchSize, options.LearningRate,
                options.WeightDecay, options.LabelSmoothing, options.BalanceClasses, options.Seed);
            using var loop = new SupervisedLoop(network, network.forward, train, settings, random, target);
            using var calibration = CalibrationSample(train.Count, options.Seed, target);          // (≤ 128)
            Dictionary<string, Tensor>? best = null;
            double bestAccuracy = double.NegativeInfinity, bestLoss = double.PositiveInfinity;
            for (int epoch = 0, sinceBest = 0; epoch < options.Epochs && sinceBest < options.EarlyStoppingPatience; epoch++)
            {
                long last = (long)(epoch + 1) * perEpoch - 1;
                for (long step = (long)epoch * perEpoch; step <= last; step++)
                {
                    ct.ThrowIfCancellationRequested();
                    loop.Step(step);
                }
                var (loss, accuracy) = loop.TakeRunning();
                if (!double.IsFinite(loss))
                    throw new TrainingDivergedException(last, TrainingPhase.ClassifierPretraining, "classification loss", loss, null);
                double? validationLoss = null, validationAccuracy = null;
                if (held is not null)
                {
                    // Judge the network as it would be kept (batch norms recalibrated, not their trailing running
                    // averages), and only once the warm-up is over: a high-bias early epoch must not win by luck.
                    BatchNormCalibration.Recalibrate(network, [() => train.Inputs(calibration)], network.forward);
                    (validationLoss, validationAccuracy) = loop.Evaluate(held);
                    bool warmedUp = last >= loop.WarmupSteps - 1;
                    // Loss, not accuracy, selects: on one 44-clip validation actor accuracy moves in steps of 2.3 points
                    // and picked a worse epoch on real speech (see the Nn README).
                    bool better = validationLoss < bestLoss || (validationLoss == bestLoss && validationAccuracy > bestAccuracy);
                    if (warmedUp && better)
                    {
                        (bestAccuracy, bestLoss, selected, sinceBest) = (validationAccuracy.Value, validationLoss.Value, epoch, 0);
                        Release(best);
                        best = Snapshot(network);
                    }
                    else if (warmedUp) sinceBest++;
                }
                else selected = epoch;
                var record = new ClassifierEpoch(epoch, loop.LearningRateAt(last), loss, accuracy, validationLoss, validationAccuracy);
                history.Add(record);
                progress?.Report(record);
            }
            if (best is not null)
            {
                using (no_grad()) network.load_state_dict(best);
                Release(best);
            }
            else selected = history.Count - 1;
            BatchNormCalibration.Recalibrate(network, BatchNormCalibration.Chunks(train, target), x => network.forward(x));
        }
        catch
        {
            network.Dispose();
            random.Dispose();
            throw;
        }
        return new EmotionClassifier(network, options, target, history, selected, random);
    }

    /// <summary>A fixed, seeded sample of up to <see cref="CalibrationRows"/> training rows: enough for per-channel batch-norm statistics at a fraction of an epoch's cost.</summary>
    private static Tensor CalibrationSample(int count, int seed, Device device)
    {
        var order = Enumerable.Range(0, count).Select(i => (long)i).ToArray();
        new Random(unchecked((int)Seeds.Derive(seed, -2))).Shuffle(order);
        using var cpu = tensor(order.AsSpan(0, Math.Min(count, CalibrationRows)).ToArray());
        return cpu.to(device);
    }

    private static EmotionClassifierNetwork Build(ClassifierOptions options, Generator? random) =>
        new(options.Kind, options.Width, options.Dropout,
            new SpecMasking(options.FrequencyMasks, options.FrequencyMaskWidth, options.TimeMasks, options.TimeMaskWidth, random, options.TimeWarp), random);

    private static Dictionary<string, Tensor> Snapshot(nn.Module network) =>
        network.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.detach().clone());

    private static void Release(Dictionary<string, Tensor>? state)
    {
        if (state is null) return;
        foreach (var tensor in state.Values) tensor.Dispose();
    }

    /// <summary>Class probabilities: B × (3, 28, 112) floats → B × 6 (softmax of the logits).</summary>
    public float[] Probabilities(ReadOnlySpan<float> batch) => Run(batch, Emotions.Count, x =>
    {
        using var logits = network.forward(x); // (b, 6)
        return logits.softmax(1);
    });

    /// <summary>Penultimate features: B × (3, 28, 112) floats → B × <see cref="FeatureCount"/>.</summary>
    public float[] Features(ReadOnlySpan<float> batch) => Run(batch, FeatureCount, network.Features);

    private float[] Run(ReadOnlySpan<float> batch, int width, Func<Tensor, Tensor> forward)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (batch.Length % Shapes.SpectrogramLength != 0)
            throw new ArgumentException($"The batch holds {batch.Length} floats, not a multiple of {Shapes.SpectrogramLength} = (3, 28, 112).", nameof(batch));
        int count = batch.Length / Shapes.SpectrogramLength;
        var output = new float[count * width];
        foreach (var (start, n) in Batches.Chunks(count))
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var x = Batches.FromSpan(batch.Slice(start * Shapes.SpectrogramLength, n * Shapes.SpectrogramLength), SpectrogramShape, device);
            var values = forward(x).cpu().data<float>().ToArray(); // (n, width)
            Array.Copy(values, 0, output, start * width, values.Length);
        }
        return output;
    }

    /// <summary>Writes the classifier (format in the class summary).</summary>
    public void Save(Stream stream)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var metadata = new EmotionClassifierMetadata(Options, History.ToList(), SelectedEpoch);
        var sections = new Dictionary<string, byte[]> { ["network"] = ModuleState.Of(network) };
        new ChecksummedContainer(Magic, Version, JsonSerializer.Serialize(metadata), sections).Write(stream);
    }

    /// <summary>
    /// Reads a classifier written by <see cref="Save"/> onto <paramref name="device"/> (chosen here, not when it was
    /// trained); damage or invalid stored options throw <see cref="ContainerFormatException"/>.
    /// </summary>
    public static EmotionClassifier Load(Stream stream, string device = "auto")
    {
        ArgumentNullException.ThrowIfNull(stream);
        string source = FaceToAudioModel.StreamName(stream);
        var target = DeviceNames.Resolve(device);
        var container = ChecksummedContainer.Read(stream, Magic, Version, source);
        var metadata = container.MetadataAs<EmotionClassifierMetadata>(source);
        ModuleState.CheckStored(source, metadata.Options, metadata.History, () => metadata.Options.Validate());
        var network = Build(metadata.Options, null);
        try
        {
            container.LoadModule(network, "network", source);
            network.to(target);
        }
        catch
        {
            network.Dispose();
            throw;
        }
        return new EmotionClassifier(network, metadata.Options, target, metadata.History, metadata.SelectedEpoch, null);
    }

    private static void CheckData(IReadOnlyList<float[]> spectrograms, IReadOnlyList<int> labels, string what, int minimum)
    {
        ArgumentNullException.ThrowIfNull(spectrograms);
        ArgumentNullException.ThrowIfNull(labels);
        var errors = new List<string>();
        if (spectrograms.Count < minimum) errors.Add($"there are {spectrograms.Count} spectrograms; at least {minimum} are needed.");
        if (labels.Count != spectrograms.Count) errors.Add($"{spectrograms.Count} spectrograms but {labels.Count} labels.");
        for (int i = 0; i < spectrograms.Count && errors.Count < 10; i++)
        {
            if (spectrograms[i] is not { } row) { errors.Add($"spectrogram {i} is null."); continue; }
            if (row.Length != Shapes.SpectrogramLength) errors.Add($"spectrogram {i} has {row.Length} floats; expected {Shapes.SpectrogramLength} = (3, 28, 112).");
            else if (Array.FindIndex(row, v => !float.IsFinite(v)) is int bad and >= 0) errors.Add($"spectrogram {i} holds {row[bad]} at position {bad}.");
        }
        for (int i = 0; i < labels.Count && errors.Count < 10; i++)
            if (labels[i] < 0 || labels[i] >= Emotions.Count) errors.Add($"label {i} is {labels[i]}; emotion indices are 0 to {Emotions.Count - 1}.");
        if (errors.Count > 0)
            throw new ArgumentException($"Invalid classifier {what} data:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors));
    }

    /// <summary>Frees the native tensors.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        network.Dispose();
        owned?.Dispose();
    }
}

/// <summary>Metadata JSON of a saved <see cref="EmotionClassifier"/>.</summary>
/// <param name="Options">Training options (they define the architecture).</param>
/// <param name="History">Every epoch's losses.</param>
/// <param name="SelectedEpoch">The epoch whose weights were saved.</param>
internal sealed record EmotionClassifierMetadata(ClassifierOptions Options, List<ClassifierEpoch> History, int SelectedEpoch);
