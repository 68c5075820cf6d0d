using TcWgan.Data;
using TcWgan.Experiments.Config;
using TcWgan.Media;

namespace TcWgan.Experiments.Corpus;

/// <summary>
/// Loads a corpus folder with its loader, splits it by speaker and preprocesses every clip through the cache.
/// Bad clips are reported into the returned skip list and never stop the run.
/// </summary>
public static class CorpusPreparation
{
    /// <summary>
    /// Runs load → split → preprocess. <paramref name="progress"/> gets (done, total) per clip. With
    /// <paramref name="includeValidation"/> false the validation clips are counted but not preprocessed (the study
    /// trains for fixed step counts and never reads them).
    /// </summary>
    public static PreparedCorpus Prepare(string dataset, string root, SplitConfig split, PreprocessConfig preprocess,
        string cacheDirectory, SkipLog skips, IProgress<(int Done, int Total)>? progress = null,
        bool includeValidation = true, CancellationToken cancellationToken = default)
    {
        var clips = CorpusLoader.Load(dataset, root, skips);
        if (clips.Count == 0)
            throw new InvalidDataException($"No usable clips found under {root} for dataset '{dataset}' " +
                                           $"({skips.Items.Count} skipped).");
        var splits = SpeakerSplit.Split(clips, CorpusSettings.ToSplitOptions(split));
        var options = CorpusSettings.ToPreprocessOptions(preprocess);
        using var locatorScope = new LocatorScope(FaceLocators.Create(options.Face));
        var preprocessor = new ClipPreprocessor(options, locatorScope.Locator, new TensorCache(cacheDirectory));
        var ordered = splits.Train.Concat(includeValidation ? splits.Validation : []).Concat(splits.Test).ToList();
        var prepared = preprocessor.PrepareAll(ordered, skips,
            progress is null ? null : new SyncProgress<int>(done => progress.Report((done, ordered.Count))), cancellationToken);
        var byId = prepared.ToDictionary(c => c.Clip);
        IReadOnlyList<PreparedClip> Pick(IReadOnlyList<ClipRecord> part) =>
            part.Where(byId.ContainsKey).Select(c => byId[c]).ToList();
        return new PreparedCorpus($"{dataset} at {root}", Pick(splits.Train), Pick(splits.Validation),
            Pick(splits.Test), skips.Items, splits.Excluded.Count, splits.Validation.Count);
    }

    /// <summary>Disposes a locator that owns native resources (the Haar cascade).</summary>
    private sealed class LocatorScope(IFaceLocator locator) : IDisposable
    {
        public IFaceLocator Locator { get; } = locator;
        public void Dispose() => (Locator as IDisposable)?.Dispose();
    }
}
