using TcWgan.Data;

namespace TcWgan.Experiments.Corpus;

/// <summary>
/// A corpus loaded, split by speaker and preprocessed: the tensors every row of the study uses.
/// <see cref="ValidationClips"/> counts the validation split's clips even when they were not preprocessed.
/// </summary>
public sealed record PreparedCorpus(
    string Description,
    IReadOnlyList<PreparedClip> Train,
    IReadOnlyList<PreparedClip> Validation,
    IReadOnlyList<PreparedClip> Test,
    IReadOnlyList<SkippedClip> Skipped,
    int ExcludedBySplit,
    int ValidationClips);
