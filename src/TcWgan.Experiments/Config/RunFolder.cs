namespace TcWgan.Experiments.Config;

/// <summary>
/// The layout of a run folder, named in this one place: <c>corpus/</c> (a rendered demo corpus), <c>cache/</c>
/// (prepared clips, unless the config names another folder), <c>results/</c> (one JSON per finished row and seed, what a
/// resumed run skips), <c>rows/</c> (each row's models, epoch and loss CSVs, checkpoints), <c>samples/</c> (saved
/// spectrograms and grids), <c>figures/</c>, and <c>report.md</c> / <c>report.json</c>.
/// </summary>
public sealed record RunFolder(string Root)
{
    private string RowsRoot => Path.Combine(Root, "rows");
    private string SamplesRoot => Path.Combine(Root, "samples");

    public string Corpus => Path.Combine(Root, "corpus");
    public string Cache => Path.Combine(Root, "cache");
    public string Results => Path.Combine(Root, "results");
    public string Figures => Path.Combine(Root, "figures");
    public string ReportMarkdown => Path.Combine(Root, "report.md");
    public string ReportJson => Path.Combine(Root, "report.json");

    /// <summary>The name of one (row, fold, seed): <c>row.seedS</c>, and <c>row.foldF.seedS</c> for the folds after the first.</summary>
    public static string RunName(string row, int fold, int seed) => fold == 0 ? $"{row}.seed{seed}" : $"{row}.fold{fold}.seed{seed}";

    /// <summary>The folder of a (row, fold, seed) under <c>rows/</c>.</summary>
    public string Row(string row, int fold, int seed) => Path.Combine(RowsRoot, RunName(row, fold, seed));

    /// <summary>The folder of a (row, fold, seed)'s saved spectrograms and grid under <c>samples/</c>.</summary>
    public string Samples(string row, int fold, int seed) => Path.Combine(SamplesRoot, RunName(row, fold, seed));

    /// <summary>Deletes what the rows produced (results, rows, samples, figures); the corpus and the cache stay.</summary>
    public void ClearResults()
    {
        foreach (string dir in new[] { Results, RowsRoot, SamplesRoot, Figures })
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
