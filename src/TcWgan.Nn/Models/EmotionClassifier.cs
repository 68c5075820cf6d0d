using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>
/// Spectrogram emotion classifier (Q, Q16 or VGG16-style; <see cref="ClassifierKind"/>) trained with Adam on
/// (3, 28, 112) images in [−1, 1]. Saved format: a <see cref="ModelContainer"/> with magic "TCWGANQC", version 1,
/// metadata JSON (<see cref="EmotionClassifierMetadata"/>) and the section "network".
/// </summary>
public sealed class EmotionClassifier : IDisposable
{
    /// <summary>File magic.</summary>
    public const string Magic = "TCWGANQC";
    /// <summary>Current format version.</summary>
    public const int Version = 1;
    private const int Chunk = 256;
    private static readonly long[] SpectrogramShape = [Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames];

    private readonly EmotionClassifierNetwork network;
    private readonly Device device;
    private readonly IDisposable? owned;
    private bool disposed;

    /// <summary>Options it was trained with.</summary>
    public ClassifierOptions Options { get; }
    /// <summary>Losses of every training step.</summary>
    public IReadOnlyList<LossRecord> History { get; }
    /// <summary>Width of <see cref="Features"/> rows.</summary>
    public int FeatureCount => network.FeatureCount;

    private EmotionClassifier(EmotionClassifierNetwork network, ClassifierOptions options, Device device,
                              IReadOnlyList<LossRecord> history, IDisposable? owned)
    {
        this.network = network;
        this.device = device;
        this.owned = owned;
        Options = options;
        History = history;
        network.eval();
        foreach (var parameter in network.parameters()) parameter.requires_grad = false;
    }

    /// <summary>
    /// Trains a classifier on flat (3, 28, 112) spectrograms and their emotion indices. Every step draws a batch
    /// with replacement, seeded from (Seed, step). <paramref name="progress"/> receives each step's loss and batch accuracy.
    /// </summary>
    public static EmotionClassifier Train(IReadOnlyList<float[]> spectrograms, IReadOnlyList<int> labels, ClassifierOptions options,
                                          IProgress<LossRecord>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(spectrograms);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        CheckData(spectrograms, labels);
        var target = DeviceNames.Resolve(options.Device);
        var random = new Generator(unchecked((ulong)options.Seed), target);
        var network = new EmotionClassifierNetwork(options.Kind, options.Width, options.Dropout, random);
        var history = new List<LossRecord>();
        try
        {
            using (var init = new Generator(unchecked((ulong)Seeds.Derive(options.Seed, -1)), CPU)) ParameterInit.Reset(network, init);
            network.to(target);
            using var optimizer = optim.Adam(network.parameters(), options.LearningRate);
            network.train();
            float[]? buffer = null;
            for (long step = 0; step < options.Steps; step++)
            {
                ct.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                long seed = Seeds.Derive(options.Seed, step);
                random.manual_seed(seed);
                var indices = Batches.Sample(new Random(unchecked((int)seed ^ (int)(seed >> 32))), spectrograms.Count, options.BatchSize);
                var batch = Batches.Gather(spectrograms, indices, SpectrogramShape, target, ref buffer); // (B, 3, 28, 112)
                var truth = Batches.Labels(labels, indices, target);                        // (B)
                var logits = network.forward(batch);                                        // (B, 6)
                var loss = GanLosses.Classification(logits, truth);
                double value = loss.item<float>();
                if (!double.IsFinite(value))
                    throw new TrainingDivergedException(step, TrainingPhase.ClassifierPretraining, "classification loss", value, null);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                var record = new LossRecord(TrainingPhase.ClassifierPretraining, step, 0, 0, 0, 0, value, GanLosses.Accuracy(logits, truth));
                history.Add(record);
                progress?.Report(record);
            }
        }
        catch
        {
            network.Dispose();
            random.Dispose();
            throw;
        }
        return new EmotionClassifier(network, options, target, history, random);
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
        for (int start = 0; start < count; start += Chunk)
        {
            int n = Math.Min(Chunk, count - start);
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
        var metadata = new EmotionClassifierMetadata(Options, History.ToList());
        var sections = new Dictionary<string, byte[]> { ["network"] = ModelContainer.ModuleBytes(network) };
        new ModelContainer(Magic, Version, JsonSerializer.Serialize(metadata), sections).Write(stream);
    }

    /// <summary>Reads a classifier written by <see cref="Save"/>; damage throws <see cref="ModelFormatException"/>.</summary>
    public static EmotionClassifier Load(Stream stream, string device = "auto")
    {
        ArgumentNullException.ThrowIfNull(stream);
        string source = FaceToAudioModel.StreamName(stream);
        var target = DeviceNames.Resolve(device);
        var container = ModelContainer.Read(stream, Magic, Version, source);
        EmotionClassifierMetadata? metadata;
        try { metadata = JsonSerializer.Deserialize<EmotionClassifierMetadata>(container.Metadata); }
        catch (JsonException e) { throw new ModelFormatException(source, $"its metadata is not valid JSON ({e.Message}).", e); }
        if (metadata?.Options is null || metadata.History is null) throw new ModelFormatException(source, "its metadata is incomplete.");
        var errors = metadata.Options.Validate();
        if (errors.Count > 0) throw new ModelFormatException(source, "its stored options are invalid: " + string.Join("; ", errors));
        var network = new EmotionClassifierNetwork(metadata.Options.Kind, metadata.Options.Width, metadata.Options.Dropout, null);
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
        return new EmotionClassifier(network, metadata.Options, target, metadata.History, null);
    }

    private static void CheckData(IReadOnlyList<float[]> spectrograms, IReadOnlyList<int> labels)
    {
        var errors = new List<string>();
        if (spectrograms.Count == 0) errors.Add("there are no spectrograms.");
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
            throw new ArgumentException("Invalid classifier training data:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors));
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
/// <param name="History">Loss records.</param>
public sealed record EmotionClassifierMetadata(ClassifierOptions Options, List<LossRecord> History);
