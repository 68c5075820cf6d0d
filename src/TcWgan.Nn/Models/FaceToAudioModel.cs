using System.Text.Json;

namespace TcWgan.Nn;

/// <summary>
/// A trained face-to-audio generator: temporal encoder + generator G, in eval mode. <see cref="Generate"/> maps face
/// windows and target emotions to spectrogram images; sample i's noise comes only from seeds[i], so how samples are
/// batched never changes an output (up to float rounding of batched kernels).
/// Saved format: a <see cref="ChecksummedContainer"/> with magic "TCWGANFA", version 2, metadata JSON
/// (<see cref="FaceToAudioMetadata"/>) and sections "encoder" and "generator".
/// </summary>
public sealed class FaceToAudioModel : IDisposable
{
    public const string Magic = "TCWGANFA";
    public const int Version = 2; // 2: the generator has an output bias (baseline)

    private static readonly long[] WindowShape = [Shapes.WindowFrames, Shapes.Channels, Shapes.FaceSize, Shapes.FaceSize];

    private readonly TemporalEncoder encoder;
    private readonly SpectrogramGenerator generator;
    private readonly Device device;
    private readonly IDisposable? owned;
    private bool disposed;

    /// <summary>Options the model was trained with.</summary>
    public GanOptions Options { get; }
    /// <summary>Total training time (over resumed runs).</summary>
    public TimeSpan TrainingTime { get; }
    /// <summary>Losses of every training step.</summary>
    public IReadOnlyList<LossRecord> History { get; }
    /// <summary>Device the networks live on.</summary>
    public string DeviceName => device.type == DeviceType.CUDA ? "cuda" : "cpu";

    internal FaceToAudioModel(TemporalEncoder encoder, SpectrogramGenerator generator, GanOptions options, Device device,
                              TimeSpan trainingTime, IReadOnlyList<LossRecord> history, IDisposable? owned)
    {
        this.encoder = encoder;
        this.generator = generator;
        this.device = device;
        this.owned = owned;
        Options = options;
        TrainingTime = trainingTime;
        History = history;
        encoder.eval();
        generator.eval();
        foreach (var parameter in encoder.parameters().Concat(generator.parameters())) parameter.requires_grad = false;
    }

    /// <summary>
    /// Generates B spectrogram images (B × (3, 28, 112) floats in [−1, 1]) from B face windows
    /// (B × (10, 3, 28, 28) floats), B emotion indices and B noise seeds.
    /// </summary>
    public float[] Generate(ReadOnlySpan<float> windows, ReadOnlySpan<int> emotions, ReadOnlySpan<long> seeds)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        int batch = emotions.Length;
        if (seeds.Length != batch)
            throw new ArgumentException($"{batch} emotions but {seeds.Length} seeds; give one seed per sample.", nameof(seeds));
        if (windows.Length != (long)batch * Shapes.WindowLength)
            throw new ArgumentException($"windows hold {windows.Length} floats; {batch} samples need {batch} × {Shapes.WindowLength} = (10, 3, 28, 28) each.", nameof(windows));
        for (int i = 0; i < batch; i++)
            if (emotions[i] < 0 || emotions[i] >= Emotions.Count)
                throw new ArgumentOutOfRangeException(nameof(emotions), emotions[i], $"Emotion {i} must be 0 to {Emotions.Count - 1}.");
        var output = new float[batch * Shapes.SpectrogramLength];
        foreach (var (start, count) in Batches.Chunks(batch))
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var windowTensor = Batches.FromSpan(windows.Slice(start * Shapes.WindowLength, count * Shapes.WindowLength), WindowShape, device); // (b, 10, 3, 28, 28)
            var labels = Batches.Longs(emotions.Slice(start, count).ToArray(), device);                                                    // (b)
            var noise = Batches.NoiseFromSeeds(seeds.Slice(start, count), device);                                                          // (b, 32)
            var codes = encoder.forward(windowTensor);                                                                                      // (b, 64)
            var images = generator.forward(SpectrogramGenerator.Input(codes, labels, noise));                                               // (b, 3, 28, 112)
            var values = images.cpu().data<float>().ToArray();
            Array.Copy(values, 0, output, start * Shapes.SpectrogramLength, values.Length);
        }
        return output;
    }

    /// <summary>Writes the model (format in the class summary).</summary>
    public void Save(Stream stream)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var metadata = new FaceToAudioMetadata(Options, TrainingTime.Ticks, History.ToList());
        var sections = new Dictionary<string, byte[]>
        {
            ["encoder"] = ModuleState.Of(encoder),
            ["generator"] = ModuleState.Of(generator),
        };
        new ChecksummedContainer(Magic, Version, JsonSerializer.Serialize(metadata), sections).Write(stream);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a damaged stream throws <see cref="ContainerFormatException"/>.</summary>
    public static FaceToAudioModel Load(Stream stream, string device = "auto") => Load(stream, device, StreamName(stream));

    public static FaceToAudioModel Load(string path, string device = "auto")
    {
        using var stream = File.OpenRead(path);
        return Load(stream, device, path);
    }

    private static FaceToAudioModel Load(Stream stream, string deviceName, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var target = DeviceNames.Resolve(deviceName);
        var container = ChecksummedContainer.Read(stream, Magic, Version, source);
        var metadata = container.MetadataAs<FaceToAudioMetadata>(source);
        ModuleState.CheckStored(source, metadata.Options, metadata.History, () => metadata.Options.Validate());
        var options = metadata.Options;
        var encoder = TemporalEncoder.Create(options.Encoder, options.Width, options.Dropout, options.AttentionHeads, null);
        var generator = new SpectrogramGenerator(options.Width, options.Dropout, null);
        try
        {
            container.LoadModule(encoder, "encoder", source);
            container.LoadModule(generator, "generator", source);
            encoder.to(target);
            generator.to(target);
        }
        catch
        {
            encoder.Dispose();
            generator.Dispose();
            throw;
        }
        return new FaceToAudioModel(encoder, generator, options, target, TimeSpan.FromTicks(metadata.TrainingTimeTicks), metadata.History, null);
    }

    internal static string StreamName(Stream stream) => stream is FileStream file ? file.Name : $"{stream.GetType().Name} stream";

    /// <summary>Frees the native tensors.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        encoder.Dispose();
        generator.Dispose();
        owned?.Dispose();
    }
}

/// <summary>Metadata JSON of a saved <see cref="FaceToAudioModel"/>.</summary>
/// <param name="Options">Training options (they define the architecture).</param>
/// <param name="TrainingTimeTicks">Training time.</param>
/// <param name="History">Loss records.</param>
internal sealed record FaceToAudioMetadata(GanOptions Options, long TrainingTimeTicks, List<LossRecord> History);
