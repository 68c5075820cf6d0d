namespace TcWgan.Experiments.Corpus;

/// <summary>One speaker-independent train / validation / test partition of the prepared clips.</summary>
/// <param name="Index">0-based fold (0 for a single split).</param>
/// <param name="Train">Training clips.</param>
/// <param name="Validation">Validation clips (early stopping), possibly none.</param>
/// <param name="Test">Test clips.</param>
public sealed record PreparedFold(int Index, IReadOnlyList<PreparedClip> Train, IReadOnlyList<PreparedClip> Validation,
                                  IReadOnlyList<PreparedClip> Test)
{
    /// <summary>Clips of each emotion in train, validation and test, in <see cref="Emotions.All"/> order.</summary>
    public IReadOnlyList<(Emotion Emotion, int Train, int Validation, int Test)> ClipsPerEmotion() =>
        Emotions.All.Select(e => (e, Train.Count(c => c.Clip.Emotion == e), Validation.Count(c => c.Clip.Emotion == e),
                                  Test.Count(c => c.Clip.Emotion == e))).ToList();

    /// <summary>Face windows over the three parts.</summary>
    public int Windows => Train.Concat(Validation).Concat(Test).Sum(c => c.WindowCount);
}

/// <summary>
/// A corpus loaded, split by speaker (once, or into folds) and preprocessed: the tensors every row uses.
/// <see cref="Files"/> says where every file found went.
/// </summary>
public sealed record PreparedCorpus(
    string Description,
    IReadOnlyList<PreparedFold> Folds,
    IReadOnlyList<SkippedClip> Skipped,
    int ExcludedBySplit)
{
    /// <summary>Where every file found went: prepared, skipped by reason, left out by rule (empty when not counted).</summary>
    public FileAccount Files { get; init; } = new(0, 0, 0, new Dictionary<SkipReason, int>(),
        new Dictionary<LeaveOutRule, int>(), new Dictionary<string, int>());

    /// <summary>Skipped clips per reason, with the first one's path as an example.</summary>
    public IReadOnlyList<(SkipReason Reason, int Count, string Example)> SkippedPerReason() =>
        Skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(), g.First().Path)).ToList();
}
