using System.Text.Json;

namespace TcWgan.Experiments.Results;

/// <summary>
/// Finished (row, seed) results as one JSON file each under <c>{run}/results/</c>, written atomically, so a
/// killed experiment resumes without redoing finished rows.
/// </summary>
public sealed class ResultStore(string runDirectory)
{
    private readonly string _folder = new RunFolder(runDirectory).Results;

    private string PathOf(string row, int fold, int seed) => Path.Combine(_folder, RunFolder.RunName(row, fold, seed) + ".json");

    /// <summary>The stored result, or null when the row has not finished (a damaged file counts as not finished).</summary>
    public RowResult? TryGet(string row, int seed, int fold = 0)
    {
        string path = PathOf(row, fold, seed);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<RowResult>(File.ReadAllText(path), ExperimentConfig.JsonOptions);
        }
        catch (JsonException)
        {
            File.Delete(path);
            return null;
        }
    }

    /// <summary>Stores a finished result (temp file + rename).</summary>
    public void Put(RowResult result)
    {
        Directory.CreateDirectory(_folder);
        string path = PathOf(result.Row, result.Fold, result.Seed);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(result, ExperimentConfig.JsonOptions));
    }

    public IReadOnlyList<RowResult> All()
    {
        if (!Directory.Exists(_folder)) return [];
        return Directory.GetFiles(_folder, "*.json")
            .Select(f => JsonSerializer.Deserialize<RowResult>(File.ReadAllText(f), ExperimentConfig.JsonOptions)!)
            .ToList();
    }
}
