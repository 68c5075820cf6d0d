using TcWgan.Data;
using TcWgan.Experiments.Config;
using TcWgan.Media;

namespace TcWgan.Experiments.Corpus;

/// <summary>
/// Loads a corpus folder with its loader, splits it by speaker and preprocesses every clip through the cache.
/// Bad clips are reported into the returned skip list and never stop the run; clips the split leaves out (and, for
/// the study, the validation clips it does not preprocess) are logged by rule, so <see cref="PreparedCorpus.Files"/>
/// accounts for every file found.
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
        var balancedOut = splits.BalancedOut.ToHashSet();
        foreach (var clip in splits.Excluded)
            LeaveOut(skips, clip, balancedOut.Contains(clip) ? LeaveOutRule.ClassBalancing : LeaveOutRule.SpeakerNotInSplit,
                balancedOut.Contains(clip) ? "class balancing left it out of its split part" : $"the split preset has no range for speaker {clip.Speaker}");
        if (!includeValidation)
            foreach (var clip in splits.Validation)
                LeaveOut(skips, clip, LeaveOutRule.ValidationNotPrepared, "a validation clip: counted, not preprocessed (the study never reads validation)");
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
            Pick(splits.Test), skips.Items, splits.Excluded.Count, splits.Validation.Count)
        {
            Files = FileAccount.Create(skips, prepared),
        };
    }

    private static void LeaveOut(SkipLog skips, ClipRecord clip, LeaveOutRule rule, string message)
    {
        foreach (string file in clip.Files) skips.LeaveOut(file, rule, message);
    }

    /// <summary>Disposes a locator that owns native resources (the Haar cascade).</summary>
    private sealed class LocatorScope(IFaceLocator locator) : IDisposable
    {
        public IFaceLocator Locator { get; } = locator;
        public void Dispose() => (Locator as IDisposable)?.Dispose();
    }
}
