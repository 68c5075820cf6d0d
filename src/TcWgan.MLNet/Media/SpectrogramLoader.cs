using System.Text.Json.Serialization;
using TcWgan.Data;
using TcWgan.Dsp;
using TcWgan.Media;

namespace TcWgan.MLNet;

/// <summary>
/// Options of <see cref="SpectrogramLoadingEstimator"/>: how a clip's audio becomes a spectrogram image.
/// </summary>
public sealed record SpectrogramLoadingOptions
{
    /// <summary>Spectrogram settings (kind, mel bands, frames, silence trim, dB range); the sample rate must be 16 kHz.</summary>
    public SpectrogramOptions Spectrogram { get; init; } = new();

    /// <summary>Clips decoded in parallel per cursor batch.</summary>
    public int BatchSize { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// Folder of an on-disk cache, or null for none. Each spectrogram is stored in TcWgan.Data's
    /// <see cref="TensorCache"/> under a key made of the audio file's full contents (SHA-256), these
    /// <see cref="Spectrogram"/> settings and the code versions of the decoder and extractor, so a second Fit or
    /// Transform over the same files reads the spectrograms back instead of decoding again, and a changed file or
    /// setting is never served stale. A damaged entry is rebuilt. Not saved with the model: it is a path on this
    /// machine (a loaded model decodes without a cache unless given new options).
    /// </summary>
    [JsonIgnore]
    public string? CacheFolder { get; init; }

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Spectrogram.Validate());
        if (Spectrogram.SampleRate != Shapes.SampleRate)
            errors.Add($"Spectrogram.SampleRate must be {Shapes.SampleRate} (audio is decoded at 16 kHz), got {Spectrogram.SampleRate}.");
        if (BatchSize < 1) errors.Add($"BatchSize must be at least 1, got {BatchSize}.");
        if (CacheFolder is { } folder && string.IsNullOrWhiteSpace(folder)) errors.Add("CacheFolder must be null or a folder path.");
        return errors;
    }
}

/// <summary>
/// Maps an audio or video path column (<c>String</c>) to a spectrogram image column
/// <c>Vector&lt;Single, 3, MelBands, Frames&gt;</c> (default 3 × 28 × 112, values in [−1, 1], channel-first, row 0 the
/// lowest mel band). A clip that cannot be decoded yields a NaN-filled vector and a warning on the context's log.
/// With <see cref="SpectrogramLoadingOptions.CacheFolder"/> each spectrogram is computed once per file contents and
/// settings. Created by <c>mlContext.Transforms.LoadSpectrogram</c>.
/// </summary>
public sealed class SpectrogramLoadingTransformer : PathLoadingTransformer<SpectrogramLoadingOptions>
{
    internal const string KindName = "LoadSpectrogram";

    internal SpectrogramLoadingTransformer(IHostEnvironment env, string outputColumnName, string inputColumnName,
        SpectrogramLoadingOptions options) : base(env, KindName, outputColumnName, inputColumnName, options)
    {
    }

    /// <summary>The output column type for <paramref name="options"/>.</summary>
    internal static VectorDataViewType OutputType(SpectrogramOptions options) =>
        new(NumberDataViewType.Single, Shapes.Channels, options.MelBands, options.Frames);

    private protected override RowBatchMapper CreatePathMapper() => new Mapper(this);

    internal static ITransformer Load(IHostEnvironment env, ModelPayload payload)
    {
        var saved = ReadSaved(payload, KindName);
        return new SpectrogramLoadingTransformer(env, saved.Output, saved.Input, saved.Options);
    }

    /// <summary>
    /// The settings text of this stage's cache keys: the stage, the code versions (module ids) of the decoder, the
    /// extractor and this assembly, and every spectrogram setting.
    /// </summary>
    internal static string CacheSettings(SpectrogramOptions options) =>
        $"stage={KindName}\ncode=media:{ModuleVersion(typeof(AudioDecoder))};dsp:{ModuleVersion(typeof(SpectrogramExtractor))};" +
        $"mlnet:{ModuleVersion(typeof(SpectrogramLoadingTransformer))}\nspectrogram={CanonicalSettings.Write(options)}";

    private static Guid ModuleVersion(Type type) => type.Assembly.ManifestModule.ModuleVersionId;

    private sealed class Mapper(SpectrogramLoadingTransformer owner)
        : PathRowMapper(owner.InputColumnName, new OutputColumn(owner.OutputColumnName, OutputType(owner.Options.Spectrogram)),
                        owner.Options.BatchSize, Length(owner.Options.Spectrogram), message => owner.Warn(message))
    {
        private readonly SpectrogramExtractor _extractor = new(owner.Options.Spectrogram);
        private readonly TensorCache? _cache = owner.Options.CacheFolder is { } folder ? new TensorCache(folder) : null;
        private readonly string _cacheSettings = CacheSettings(owner.Options.Spectrogram);

        private static int Length(SpectrogramOptions options) => Shapes.Channels * options.MelBands * options.Frames;

        protected override string Failure(string path) => $"LoadSpectrogram: '{path}' could not be decoded";

        protected override float[] Compute(string path) => _cache is null ? Decode(path) : Cached(path, _cache);

        private float[] Decode(string path) => _extractor.Compute(AudioDecoder.DecodeMono16k(path));

        /// <summary>From the cache when it holds this file's spectrogram; else decoded and stored (a failed store only warns).</summary>
        private float[] Cached(string path, TensorCache cache)
        {
            var key = CacheKey.Create([path], _cacheSettings); // reads the whole file: IOException for an unreadable one
            if (cache.TryGet(key, out var entry) && entry.Sections is [[var stored]] && stored.Length == VectorLength) return stored;
            var spectrogram = Decode(path);
            try
            {
                cache.Put(key, new TensorEntry([[spectrogram]]));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                owner.Warn($"LoadSpectrogram: the spectrogram of '{path}' could not be cached in '{cache.Folder}' ({e.Message}).");
            }
            return spectrogram;
        }
    }
}

/// <summary>
/// Estimator of <see cref="SpectrogramLoadingTransformer"/> (nothing to train): audio/video path → spectrogram image.
/// </summary>
public sealed class SpectrogramLoadingEstimator : PathLoadingEstimator<SpectrogramLoadingTransformer>
{
    private readonly SpectrogramLoadingOptions _options;

    internal SpectrogramLoadingEstimator(IHostEnvironment env, string outputColumnName, string inputColumnName,
        SpectrogramLoadingOptions? options) : base(env, outputColumnName, inputColumnName, SpectrogramLoadingTransformer.KindName)
    {
        _options = options ?? new SpectrogramLoadingOptions();
        OptionChecks.ThrowIfAny(_options.Validate(), nameof(SpectrogramLoadingOptions), "options");
    }

    private protected override DataViewType OutputType => SpectrogramLoadingTransformer.OutputType(_options.Spectrogram);

    private protected override SpectrogramLoadingTransformer Create() => new(Env, OutputColumnName, InputColumnName, _options);
}
