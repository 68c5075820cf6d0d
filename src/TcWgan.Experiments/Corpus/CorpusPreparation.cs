using TcWgan.Media;

namespace TcWgan.Experiments.Corpus;

/// <summary>
/// Loads a corpus folder with its loader, splits it by speaker and preprocesses every clip through the cache.
/// Bad clips are reported into the returned skip list and never stop the run; clips no split part (or fold) uses are
/// logged by rule, so <see cref="PreparedCorpus.Files"/> accounts for every file found.
/// </summary>
public static class CorpusPreparation
{
    /// <summary>
    /// Runs load → split (one split, or folds by speaker) → preprocess every clip of any part once.
    /// <paramref name="progress"/> gets (done, total) per clip; <paramref name="audioOnly"/> loads audio-only clips.
    /// </summary>
    public static PreparedCorpus Prepare(string dataset, string root, SplitConfig split, PreprocessConfig preprocess,
        string cacheDirectory, SkipLog skips, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default, bool audioOnly = false)
    {
        var clips = CorpusLoader.Load(dataset, root, skips, audioOnly);
        if (clips.Count == 0)
            throw new InvalidDataException($"No usable clips found under {root} for dataset '{dataset}' " +
                                           $"({skips.Items.Count} skipped).");
        var folds = split.Folds >= 2
            ? SpeakerSplit.Folds(clips, split.Folds, split.ValidationSpeakers, split.Balance, split.Seed)
            : [SpeakerSplit.Split(clips, CorpusSettings.ToSplitOptions(split))];
        var used = folds.SelectMany(f => f.Train.Concat(f.Validation).Concat(f.Test)).ToHashSet();
        var balancedOut = folds.SelectMany(f => f.BalancedOut).ToHashSet();
        foreach (var clip in clips.Where(c => !used.Contains(c)))
        {
            bool balanced = balancedOut.Contains(clip);
            foreach (string file in clip.Files)
                skips.LeaveOut(file, balanced ? LeaveOutRule.ClassBalancing : LeaveOutRule.SpeakerNotInSplit,
                    balanced ? "class balancing left it out of its split part" : $"the split preset has no range for speaker {clip.Speaker}");
        }
        var options = CorpusSettings.ToPreprocessOptions(preprocess);
        using var locatorScope = new OwnedFaceLocator(FaceLocators.Create(options.Face));
        var preprocessor = new ClipPreprocessor(options, locatorScope.Locator, new TensorCache(cacheDirectory));
        var ordered = clips.Where(used.Contains).ToList();
        var prepared = preprocessor.PrepareAll(ordered, skips,
            progress is null ? null : new SyncProgress<int>(done => progress.Report((done, ordered.Count))), cancellationToken);
        var byId = prepared.ToDictionary(c => c.Clip);
        IReadOnlyList<PreparedClip> Pick(IReadOnlyList<ClipRecord> part) =>
            part.Where(byId.ContainsKey).Select(c => byId[c]).ToList();
        var preparedFolds = folds.Select((f, i) => new PreparedFold(i, Pick(f.Train), Pick(f.Validation), Pick(f.Test))).ToList();
        return new PreparedCorpus($"{dataset} at {root}", preparedFolds, skips.Items, clips.Count - used.Count)
        {
            Files = FileAccount.Create(skips, prepared),
        };
    }
}
