using TcWgan.Data;

namespace TcWgan.Experiments.Corpus;

/// <summary>A corpus loaded, split by speaker and preprocessed: the tensors every row of the study uses.</summary>
public sealed record PreparedCorpus(
    string Description,
    IReadOnlyList<PreparedClip> Train,
    IReadOnlyList<PreparedClip> Validation,
    IReadOnlyList<PreparedClip> Test,
    IReadOnlyList<SkippedClip> Skipped,
    int ExcludedBySplit);
