using TcWgan.Media;

namespace TcWgan.MLNet;

/// <summary>Options of <see cref="FaceWindowLoadingEstimator"/>: how faces are found and cut into windows.</summary>
public sealed record FaceWindowLoadingOptions
{
    /// <summary>Face extraction settings (frames kept, locator kind, detection cadence …).</summary>
    public FaceOptions Face { get; init; } = new();

    /// <summary>Clips decoded in parallel per cursor batch.</summary>
    public int BatchSize { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Face.Validate());
        if (BatchSize < 1) errors.Add($"BatchSize must be at least 1, got {BatchSize}.");
        return errors;
    }
}

/// <summary>
/// Maps a video path column (<c>String</c>) to the clip's middle face window, <c>Vector&lt;Single, 10, 3, 28, 28&gt;</c>
/// (10 consecutive 28 × 28 RGB face crops in [0, 1], frame-major, channel-first): of the ⌊(n − 10) / 5⌋ + 1 overlapping
/// windows of the clip's face frames, window ⌊count / 2⌋. The path may also name a folder of face images (one file
/// per frame, name order), read with <see cref="MLImage"/>. A clip that cannot be decoded, or has no face or too few
/// frames, yields a NaN-filled vector and a warning on the context's log (OpenCV errors included: cursors never throw
/// for a row). Created by <c>mlContext.Transforms.LoadFaceWindows</c>.
/// </summary>
/// <remarks>
/// The face locator is created once, with the transformer (at <c>Fit</c> or when a saved model is loaded), and shared
/// by every row and cursor; <see cref="Dispose"/> releases it (a <see cref="TransformerChain{TLastTransformer}"/>
/// disposes its stages). A missing Haar cascade therefore fails once, there, with a message naming the file and how to
/// get it (<see cref="HaarCascadeLocator.ResolveCascadePath"/>), not as a missing value on every row.
/// </remarks>
public sealed class FaceWindowLoadingTransformer : PathLoadingTransformer<FaceWindowLoadingOptions>, IDisposable
{
    internal const string KindName = "LoadFaceWindows";

    private readonly FaceExtractor _extractor;
    private int _disposed;

    internal FaceWindowLoadingTransformer(IHostEnvironment env, string outputColumnName, string inputColumnName,
        FaceWindowLoadingOptions options) : this(env, outputColumnName, inputColumnName, options, CreateLocator(options.Face))
    {
    }

    /// <summary>Takes ownership of <paramref name="locator"/> (disposed with the transformer).</summary>
    internal FaceWindowLoadingTransformer(IHostEnvironment env, string outputColumnName, string inputColumnName,
        FaceWindowLoadingOptions options, IFaceLocator locator) : base(env, KindName, outputColumnName, inputColumnName, options)
    {
        Locator = locator;
        _extractor = new FaceExtractor(options.Face, locator);
    }

    /// <summary>The one face locator every row uses.</summary>
    internal IFaceLocator Locator { get; }

    /// <summary>Releases the face locator (the Haar cascade's native memory). The transformer cannot be used afterwards.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) (Locator as IDisposable)?.Dispose();
    }

    /// <summary>
    /// The locator <paramref name="face"/> names. Fails here, once, when it cannot work at all: the Haar cascade is
    /// missing or unreadable, or OpenCV's native library does not load.
    /// </summary>
    private static IFaceLocator CreateLocator(FaceOptions face)
    {
        try
        {
            return FaceLocators.Create(face);
        }
        catch (FileNotFoundException e)
        {
            throw new FileNotFoundException($"LoadFaceWindows needs a Haar face cascade. {e.Message}", e.FileName, e);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or OpenCvSharp.OpenCvSharpException)
        {
            throw new InvalidOperationException(
                "LoadFaceWindows: OpenCV's native library (OpenCvSharpExtern) could not be loaded. On Linux x64 it comes " +
                "with OpenCvSharp4.official.runtime.linux-x64 and needs GTK 3 (Debian: apt-get install libgtk-3-0); on " +
                $"Windows add the package OpenCvSharp4.runtime.win to your app. ({e.GetBaseException().Message})", e);
        }
    }

    /// <summary>The output column type: <c>Vector&lt;Single, 10, 3, 28, 28&gt;</c>.</summary>
    internal static VectorDataViewType OutputType { get; } =
        new(NumberDataViewType.Single, Shapes.WindowFrames, Shapes.Channels, Shapes.FaceSize, Shapes.FaceSize);

    /// <summary>The middle window of <paramref name="frames"/>; throws <see cref="ClipException"/> when there are fewer than 10.</summary>
    public static float[] MiddleWindow(string path, IReadOnlyList<float[]> frames)
    {
        var windows = FaceExtractor.Windows(frames);
        if (windows.Length == 0)
            throw new ClipException(path, SkipReason.TooFewFrames,
                $"{frames.Count} face frames; a window needs {Shapes.WindowFrames}");
        return windows[windows.Length / 2];
    }

    private protected override RowBatchMapper CreatePathMapper()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return new Mapper(this);
    }

    internal static ITransformer Load(IHostEnvironment env, ModelPayload payload)
    {
        var saved = ReadSaved(payload, KindName);
        // A cascade path is a fact of the machine that saved the model: where it does not exist here, this machine's
        // own lookup (TCWGAN_HAAR_CASCADE, beside the app, Debian's path) takes over, with a warning.
        var options = saved.Options;
        string? savedCascade = options.Face.HaarCascadePath;
        bool cascadeElsewhere = options.Face.Locator == FaceLocatorKind.Haar && !string.IsNullOrWhiteSpace(savedCascade)
                                && !File.Exists(savedCascade);
        if (cascadeElsewhere) options = options with { Face = options.Face with { HaarCascadePath = null } };
        var transformer = new FaceWindowLoadingTransformer(env, saved.Output, saved.Input, options);
        if (cascadeElsewhere)
            transformer.Warn($"LoadFaceWindows: the saved Haar cascade '{savedCascade}' is not on this machine; using " +
                             $"'{((HaarCascadeLocator)transformer.Locator).CascadePath}' instead.");
        return transformer;
    }

    private sealed class Mapper(FaceWindowLoadingTransformer owner)
        : PathRowMapper(owner.InputColumnName, new OutputColumn(owner.OutputColumnName, OutputType), owner.Options.BatchSize,
                        Shapes.WindowLength, message => owner.Warn(message))
    {
        protected override string Failure(string path) => $"LoadFaceWindows: '{path}' gave no face window";

        protected override float[] Compute(string path)
        {
            float[][] frames = Directory.Exists(path)
                ? ImageFrames.Load(path)
                : owner._extractor.ExtractFrames(path);
            return MiddleWindow(path, frames);
        }
    }
}

/// <summary>Estimator of <see cref="FaceWindowLoadingTransformer"/> (nothing to train): video path → middle face window.</summary>
public sealed class FaceWindowLoadingEstimator : PathLoadingEstimator<FaceWindowLoadingTransformer>
{
    private readonly FaceWindowLoadingOptions _options;

    internal FaceWindowLoadingEstimator(IHostEnvironment env, string outputColumnName, string inputColumnName,
        FaceWindowLoadingOptions? options) : base(env, outputColumnName, inputColumnName, FaceWindowLoadingTransformer.KindName)
    {
        _options = options ?? new FaceWindowLoadingOptions();
        OptionChecks.ThrowIfAny(_options.Validate(), nameof(FaceWindowLoadingOptions), "options");
    }

    private protected override DataViewType OutputType => FaceWindowLoadingTransformer.OutputType;

    private protected override FaceWindowLoadingTransformer Create() => new(Env, OutputColumnName, InputColumnName, _options);
}
