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
    /// Runs load → split (one split, or folds by speaker) → preprocess every clip of any part once.
    /// <paramref name="progress"/> gets (done, total) per clip.
    /// </summary>
    public static PreparedCorpus Prepare(string dataset, string root, SplitConfig split, PreprocessConfig preprocess,
        string cacheDirectory, SkipLog skips, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clips = CorpusLoader.Load(dataset, root, skips);
        if (clips.Count == 0)
            throw new InvalidDataException($"No usable clips found under {root} for dataset '{dataset}' " +
                                           $"({skips.Items.Count} skipped).");
        var folds = split.Folds >= 2
            ? SpeakerSplit.Folds(clips, split.Folds, split.ValidationSpeakers, split.Balance, split.Seed)
            : [SpeakerSplit.Split(clips, CorpusSettings.ToSplitOptions(split))];
        var options = CorpusSettings.ToPreprocessOptions(preprocess);
        using var locatorScope = new LocatorScope(FaceLocators.Create(options.Face));
        var preprocessor = new ClipPreprocessor(options, locatorScope.Locator, new TensorCache(cacheDirectory));
        var used = folds.SelectMany(f => f.Train.Concat(f.Validation).Concat(f.Test)).ToHashSet();
        var ordered = clips.Where(used.Contains).ToList();
        var prepared = preprocessor.PrepareAll(ordered, skips,
            progress is null ? null : new SyncProgress<int>(done => progress.Report((done, ordered.Count))), cancellationToken);
        var byId = prepared.ToDictionary(c => c.Clip);
        IReadOnlyList<PreparedClip> Pick(IReadOnlyList<ClipRecord> part) =>
            part.Where(byId.ContainsKey).Select(c => byId[c]).ToList();
        var preparedFolds = folds.Select((f, i) => new PreparedFold(i, Pick(f.Train), Pick(f.Validation), Pick(f.Test))).ToList();
        return new PreparedCorpus($"{dataset} at {root}", preparedFolds, skips.Items, clips.Count - used.Count);
    }

    /// <summary>Disposes a locator that owns native resources (the Haar cascade).</summary>
    private sealed class LocatorScope(IFaceLocator locator) : IDisposable
    {
        public IFaceLocator Locator { get; } = locator;
        public void Dispose() => (Locator as IDisposable)?.Dispose();
    }
}
