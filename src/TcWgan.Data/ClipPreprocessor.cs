using System.Globalization;
using System.Runtime.ExceptionServices;
using TcWgan.Dsp;
using TcWgan.Media;

namespace TcWgan.Data;

/// <summary>
/// Turns clip records into <see cref="PreparedClip"/>s. One probe (the clip's length is checked there), one ffmpeg
/// process for both streams (<see cref="ClipDecoder"/>), a silence check, then face frames
/// (<see cref="FaceExtractor"/>), kept as they were decoded (the clip cuts its windows of 10 sliding by 5 on use); audio
/// (from <see cref="ClipRecord.AudioSource"/>) → clean spectrogram (<see cref="SpectrogramExtractor"/>) and the recipe of
/// <see cref="PreprocessOptions.AugmentedVariants"/> SpecAugment variants seeded by <see cref="Seeds.ClipAugment"/>(options
/// seed, clip id), drawn on use. With a <see cref="TensorCache"/>, each clip is computed
/// once per (file contents, settings, code version). Thread-safe.
/// </summary>
public sealed class ClipPreprocessor
{
    private readonly FaceExtractor _faces;
    private readonly SpectrogramExtractor _spectrograms;
    private readonly string _settingsText;
    private long _hits, _misses, _rebuilt;

    /// <summary>Creates a preprocessor; throws <see cref="ArgumentException"/> listing every invalid setting.</summary>
    /// <param name="options">All preprocessing settings.</param>
    /// <param name="locator">Face locator (e.g. <see cref="HaarCascadeLocator"/> for real corpora); must be thread-safe.</param>
    /// <param name="cache">Optional on-disk cache; null computes every clip every time.</param>
    public ClipPreprocessor(PreprocessOptions options, IFaceLocator locator, TensorCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(locator);
        options.EnsureValid();
        Options = options;
        Locator = locator;
        Cache = cache;
        _faces = new FaceExtractor(options.Face, locator);
        _spectrograms = new SpectrogramExtractor(options.Spectrogram);
        _settingsText = BuildSettingsText(options, locator);
    }

    /// <summary>The settings in use.</summary>
    public PreprocessOptions Options { get; }

    /// <summary>The face locator in use.</summary>
    public IFaceLocator Locator { get; }

    /// <summary>The cache, or null.</summary>
    public TensorCache? Cache { get; }

    /// <summary>Most clips <see cref="PrepareAll"/> works on at once (default: one per core).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Cache hits so far.</summary>
    public long CacheHits => Interlocked.Read(ref _hits);

    /// <summary>Cache misses (clips computed and stored) so far.</summary>
    public long CacheMisses => Interlocked.Read(ref _misses);

    /// <summary>Damaged cache entries found and rebuilt so far.</summary>
    public long CacheRebuilt => Interlocked.Read(ref _rebuilt);

    /// <summary>
    /// Prepares one clip (from the cache when possible).
    /// </summary>
    /// <exception cref="ClipException">The clip cannot be used (path and reason inside); any decoding error other
    /// than a <see cref="ClipException"/> is wrapped as <see cref="SkipReason.DecodeFailed"/> with the file's path.</exception>
    public PreparedClip Prepare(ClipRecord clip) => Prepare(clip, out _);

    /// <summary>Prepares one clip and says how the cache answered (null when there is no cache).</summary>
    public PreparedClip Prepare(ClipRecord clip, out CacheOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(clip);
        outcome = null;
        if (Cache is null) return Compute(clip);

        var key = KeyFor(clip);
        PreparedClip? computed = null;
        var entry = Cache.GetOrAdd(key, () =>
        {
            computed = Compute(clip);
            return PreparedClipEntry.Encode(computed);
        }, out var how);
        outcome = how;
        switch (how)
        {
            case CacheOutcome.Hit: Interlocked.Increment(ref _hits); break;
            case CacheOutcome.Miss: Interlocked.Increment(ref _misses); break;
            default: Interlocked.Increment(ref _rebuilt); break;
        }
        return computed ?? PreparedClipEntry.Decode(entry, clip, VariantsOf(clip), Cache.PathFor(key));
    }

    /// <summary>
    /// Prepares many clips in parallel (at most <see cref="MaxDegreeOfParallelism"/> at once). A clip that cannot be
    /// used is added to <paramref name="skips"/> with its path, reason and other files and the run goes on; the good clips come back
    /// in input order. <paramref name="progress"/> receives the number of clips finished (good or skipped), from worker
    /// threads; each count from 1 to the number of clips is reported once.
    /// </summary>
    public IReadOnlyList<PreparedClip> PrepareAll(IEnumerable<ClipRecord> clips, SkipLog skips,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentNullException.ThrowIfNull(skips);
        var records = clips.ToArray();
        var results = new PreparedClip?[records.Length];
        int finished = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism),
            CancellationToken = cancellationToken,
        };
        try
        {
            Parallel.For(0, records.Length, parallel, i =>
            {
                try
                {
                    results[i] = Prepare(records[i]);
                }
                catch (ClipException e)
                {
                    skips.Add(e.ToSkipped(records[i]));
                }
                progress?.Report(Interlocked.Increment(ref finished));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return results.OfType<PreparedClip>().ToArray();
    }

    /// <summary>
    /// The cache key of a clip: contents of its video (and separate audio) file + <see cref="SettingsText"/>.
    /// Throws <see cref="ClipException"/> (Unreadable) when a file cannot be read.
    /// </summary>
    public CacheKey KeyFor(ClipRecord clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var files = clip.Files;
        var hashes = new (string Sha256, long Length)[files.Count];
        for (int i = 0; i < files.Count; i++)
        {
            if (Directory.Exists(files[i]))
                throw new ClipException(files[i], SkipReason.Unreadable, "is a folder, not a media file");
            if (!File.Exists(files[i])) throw new ClipException(files[i], SkipReason.Unreadable, "file not found");
            try
            {
                hashes[i] = CacheKey.HashFile(files[i]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ClipException(files[i], SkipReason.Unreadable, $"cannot be read: {e.Message}", e);
            }
        }
        return CacheKey.FromHashes(hashes, SettingsText(clip));
    }

    /// <summary>
    /// The canonical settings text of a clip's cache key: code versions of TcWgan.Media/Dsp/Data (assembly MVIDs, so
    /// a rebuilt algorithm never serves old tensors), every preprocessing option, the locator and its public settings,
    /// the clip id (it seeds the variants) and where the audio comes from.
    /// </summary>
    public string SettingsText(ClipRecord clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        string audio = clip.AudioPath is null ? "video" : clip.HasVideo ? "file" : "audio-only";
        return $"{_settingsText}\nclip-id={CanonicalSettings.Write(clip.Id)}\naudio={audio}";
    }

    private static string BuildSettingsText(PreprocessOptions options, IFaceLocator locator) =>
        $"code=media:{ModuleVersion(typeof(FaceExtractor))};dsp:{ModuleVersion(typeof(SpectrogramExtractor))};data:{ModuleVersion(typeof(ClipPreprocessor))}\n"
        + $"options={CanonicalSettings.Write(options)}\n"
        + $"locator={locator.GetType().FullName}:{CanonicalSettings.Write(locator)}";

    private static Guid ModuleVersion(Type type) => type.Assembly.ManifestModule.ModuleVersionId;

    private PreparedClip Compute(ClipRecord clip)
    {
        if (clip.VideoPath is null) return ComputeAudioOnly(clip);
        var face = Options.Face;
        string video = clip.VideoPath;
        var info = Decoding(video, "probe", () => MediaProbe.Probe(video));                                  // TooLong is read from here
        var decoded = Decoding(video, "decoding", () =>
            ClipDecoder.Decode(video, clip.AudioPath, info, face.KeepMiddleFrames, face.AnalysisWidth, Options.Limits));
        RequireSound(clip.AudioSource, decoded.Audio);
        var frames = Decoding(video, "face extraction",
            () => _faces.Extract(video, info, decoded.Frames).Frames);                                       // F × (3, 28, 28)
        if (FaceExtractor.WindowCount(frames.Length) == 0)
            throw new ClipException(video, SkipReason.TooFewFrames,
                $"only {frames.Length} face frames; a window needs {Shapes.WindowFrames}");
        return WithSpectrograms(clip, frames, decoded.Audio, decoded.DecodeErrors);
    }

    /// <summary>An audio-only clip: probe (length limit), decode, silence check, spectrograms; no face windows.</summary>
    private PreparedClip ComputeAudioOnly(ClipRecord clip)
    {
        string path = clip.AudioSource;
        var info = Decoding(path, "probe", () => MediaProbe.Probe(path));
        Options.Limits.CheckDuration(info);                                   // TooLong before decoding
        var audio = Decoding(path, "decoding", () => AudioDecoder.DecodeMono16k(path, limits: Options.Limits));
        RequireSound(path, audio);
        return WithSpectrograms(clip, [], audio, decodeErrors: 0);
    }

    private PreparedClip WithSpectrograms(ClipRecord clip, float[][] frames, float[] audio, int decodeErrors)
    {
        var spectrogram = Decoding(clip.AudioSource, "spectrogram", () => _spectrograms.Compute(audio)); // (3, 28, 112)
        var prepared = new PreparedClip(clip, frames, spectrogram, VariantsOf(clip)) { DecodeErrors = decodeErrors };
        prepared.CheckShapes();
        return prepared;
    }

    /// <summary>The clip's SpecAugment variants: <see cref="PreprocessOptions.AugmentedVariants"/>, seeded by the clip id.</summary>
    private VariantRecipe VariantsOf(ClipRecord clip) =>
        new(Options.AugmentedVariants, Options.Augment, Seeds.ClipAugment(Options.Seed, clip.Id));

    /// <summary>Throws <see cref="SkipReason.Silent"/> when the loudest 100 ms stay below <see cref="PreprocessOptions.SilenceThresholdDbfs"/>.</summary>
    private void RequireSound(string path, float[] pcm)
    {
        double level = AudioLevel.LoudestWindowDbfs(pcm, (int)(DataDefaults.SilenceWindowSeconds * Shapes.SampleRate));
        if (double.IsNegativeInfinity(level))
            throw new ClipException(path, SkipReason.Silent, "the audio is digital silence (every sample is zero)");
        if (level < Options.SilenceThresholdDbfs)
            throw new ClipException(path, SkipReason.Silent,
                $"the loudest 100 ms of audio reach {level.ToString("0.0", CultureInfo.InvariantCulture)} dBFS, below the " +
                $"silence threshold of {Options.SilenceThresholdDbfs.ToString("0.0", CultureInfo.InvariantCulture)} dBFS: no speech to learn from");
    }

    /// <summary>Runs a decoding step; any failure other than a <see cref="ClipException"/> becomes DecodeFailed naming <paramref name="path"/>.</summary>
    private static T Decoding<T>(string path, string step, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not ClipException and not OperationCanceledException and not OutOfMemoryException)
        {
            throw new ClipException(path, SkipReason.DecodeFailed, $"{step} failed: {e.GetType().Name}: {e.Message}", e);
        }
    }
}
