using System.Text.Json;
using System.Text.Json.Serialization;

namespace TcWgan.Experiments.Config;

/// <summary>
/// One Table I/II study, as read from a JSON file in <c>pipelines/</c> (e.g. <c>pipelines/demo.json</c>).
/// Relative paths are resolved against the config file's folder.
/// </summary>
public sealed class ExperimentConfig
{
    /// <summary>Name shown in the report.</summary>
    public string Name { get; set; } = "experiment";

    /// <summary>Where the data comes from.</summary>
    public CorpusConfig Corpus { get; set; } = new();

    /// <summary>How speakers are split.</summary>
    public SplitConfig Split { get; set; } = new();

    /// <summary>Face and spectrogram preprocessing.</summary>
    public PreprocessConfig Preprocess { get; set; } = new();

    /// <summary>Model sizes and step counts: <c>quick</c> (CPU demo) or <c>paper</c> (paper-sized, GPU).</summary>
    public string Profile { get; set; } = ProfileNames.Quick;

    /// <summary>Seeds; every row is run once per seed and reported as mean ± sd.</summary>
    public int[] Seeds { get; set; } = [1, 2, 3];

    /// <summary>Rows of Table I to run, by <see cref="RowNames"/> name. Empty = all.</summary>
    public string[] Rows { get; set; } = [];

    /// <summary>Torch device: auto, cpu or cuda.</summary>
    public string Device { get; set; } = "auto";

    /// <summary>
    /// (row, fold, seed) jobs run at once. 0 = automatic: on the CPU, one per two cores' worth of work (2 on a 2-core
    /// machine, each job with one libtorch thread: the narrow quick-profile networks keep one core busy better than
    /// two threads keep two); on CUDA, one.
    /// </summary>
    public int ParallelJobs { get; set; }

    /// <summary>Run folder (report, figures, per-row results, checkpoints).</summary>
    public string Output { get; set; } = "runs/experiment";

    /// <summary>Preprocessing cache folder; default <c>{Output}/cache</c>.</summary>
    public string? Cache { get; set; }

    /// <summary>Overrides of the profile's numbers (null = profile value).</summary>
    public ProfileOverrides Overrides { get; set; } = new();

    /// <summary>Folder of the config file, for relative paths.</summary>
    [JsonIgnore] public string BaseDirectory { get; set; } = Directory.GetCurrentDirectory();

    /// <summary>Rows to run, in Table I order (every row; on an audio-only corpus every row without a generator).</summary>
    [JsonIgnore] public IReadOnlyList<string> EffectiveRows => Rows.Length > 0 ? Rows
        : Corpus.AudioOnly ? RowNames.All.Where(r => !RowNames.HasGenerator(r)).ToArray() : RowNames.All;

    /// <summary>Absolute run folder.</summary>
    [JsonIgnore] public string OutputDirectory => Resolve(Output);

    /// <summary>Absolute cache folder.</summary>
    [JsonIgnore] public string CacheDirectory => Cache is null ? Run.Cache : Resolve(Cache);

    /// <summary>The layout of the run folder.</summary>
    [JsonIgnore] public RunFolder Run => new(OutputDirectory);

    /// <summary>Resolves a path relative to the config file.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(BaseDirectory, path));

    /// <summary>Every problem with this config at once (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Seeds.Length == 0) errors.Add("seeds: at least one seed is required.");
        if (Seeds.Distinct().Count() != Seeds.Length) errors.Add("seeds: duplicates are not allowed.");
        foreach (var r in Rows.Where(r => !RowNames.All.Contains(r)))
            errors.Add($"rows: unknown row '{r}'. Known: {string.Join(", ", RowNames.All)}.");
        if (Corpus.AudioOnly)
            foreach (var r in Rows.Where(RowNames.HasGenerator))
                errors.Add($"rows: '{r}' generates from faces, but corpus.audioOnly is set; audio-only studies run {string.Join(", ", RowNames.All.Where(x => !RowNames.HasGenerator(x)))}.");
        if (!ProfileNames.All.Contains(Profile))
            errors.Add($"profile: unknown '{Profile}'. Known: {string.Join(", ", ProfileNames.All)}.");
        if (Device is not ("auto" or "cpu" or "cuda")) errors.Add($"device: '{Device}' is not auto, cpu or cuda.");
        if (ParallelJobs < 0) errors.Add($"parallelJobs: {ParallelJobs} must be ≥ 0 (0 = automatic).");
        if (string.IsNullOrWhiteSpace(Output)) errors.Add("output: a run folder is required.");
        errors.AddRange(Corpus.Validate().Select(e => "corpus." + e));
        errors.AddRange(Split.Validate().Select(e => "split." + e));
        errors.AddRange(Preprocess.Validate().Select(e => "preprocess." + e));
        errors.AddRange(Overrides.Validate().Select(e => "overrides." + e));
        return errors;
    }

    /// <summary>JSON options used for config files (camelCase, comments and trailing commas allowed).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Reads and validates a config file; throws <see cref="InvalidDataException"/> listing every error.</summary>
    public static ExperimentConfig Load(string path)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new FileNotFoundException($"Experiment config not found: {full}", full);
        ExperimentConfig config;
        try
        {
            config = JsonSerializer.Deserialize<ExperimentConfig>(File.ReadAllText(full), JsonOptions)
                     ?? throw new InvalidDataException($"{full}: empty config.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{full}: {e.Message}", e);
        }
        config.BaseDirectory = Path.GetDirectoryName(full)!;
        var errors = config.Validate();
        if (errors.Count > 0)
            throw new InvalidDataException($"{full} has {errors.Count} error(s):\n  - " + string.Join("\n  - ", errors));
        return config;
    }
}
