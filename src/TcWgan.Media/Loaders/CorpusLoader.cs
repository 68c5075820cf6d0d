namespace TcWgan.Media;

/// <summary>Loads a corpus by name: <c>crema-d</c>, <c>ravdess</c> or <c>manifest</c>.</summary>
public static class CorpusLoader
{
    /// <summary>Accepted dataset names.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [CremaDLoader.CorpusName, RavdessLoader.CorpusName, ManifestLoader.CorpusName];

    /// <summary>
    /// Dispatches on <paramref name="dataset"/> (case-insensitive): crema-d → <see cref="CremaDLoader"/>,
    /// ravdess → <see cref="RavdessLoader"/> with default <see cref="RavdessOptions"/>, manifest →
    /// <see cref="ManifestLoader"/> (then <paramref name="root"/> is the CSV file). Throws
    /// <see cref="ArgumentException"/> listing the names for anything else. <paramref name="audioOnly"/> loads
    /// audio-only clips (no faces).
    /// </summary>
    public static IReadOnlyList<ClipRecord> Load(string dataset, string root, SkipLog skips, bool audioOnly = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Trim().ToLowerInvariant() switch
        {
            CremaDLoader.CorpusName or "cremad" => CremaDLoader.Load(root, skips, audioOnly),
            RavdessLoader.CorpusName => RavdessLoader.Load(root, new RavdessOptions { AudioOnly = audioOnly }, skips),
            ManifestLoader.CorpusName => ManifestLoader.Load(root, skips, audioOnly),
            _ => throw new ArgumentException(
                $"Unknown dataset '{dataset}'. Expected one of: {string.Join(", ", Names)}.", nameof(dataset)),
        };
    }
}
