using TcWgan.Data;

namespace TcWgan.Experiments.Corpus;

/// <summary>
/// A corpus loaded, split by speaker and preprocessed: the tensors every row of the study uses.
/// <see cref="ValidationClips"/> counts the validation split's clips even when they were not preprocessed;
/// <see cref="Files"/> says where every file found went.
/// </summary>
public sealed record PreparedCorpus(
    string Description,
    IReadOnlyList<PreparedClip> Train,
    IReadOnlyList<PreparedClip> Validation,
    IReadOnlyList<PreparedClip> Test,
    IReadOnlyList<SkippedClip> Skipped,
    int ExcludedBySplit,
    int ValidationClips)
{
    /// <summary>Where every file found went: prepared, skipped by reason, left out by rule (empty when not counted).</summary>
    public FileAccount Files { get; init; } = new(0, 0, 0, new Dictionary<SkipReason, int>(),
        new Dictionary<LeaveOutRule, int>(), new Dictionary<string, int>());
}
