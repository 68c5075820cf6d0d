namespace TcWgan.Media;

/// <summary>A speaker-independent split: no speaker appears in two of Train, Validation, Test.</summary>
/// <param name="Train">Training clips.</param>
/// <param name="Validation">Validation clips.</param>
/// <param name="Test">Test clips.</param>
/// <param name="Excluded">Clips of speakers no range covers (fixed assignments only) plus clips removed by class balancing.</param>
public sealed record ClipSplits(
    IReadOnlyList<ClipRecord> Train,
    IReadOnlyList<ClipRecord> Validation,
    IReadOnlyList<ClipRecord> Test,
    IReadOnlyList<ClipRecord> Excluded)
{
    /// <summary>The clips of <see cref="Excluded"/> that class balancing removed (the rest have a speaker no range covers).</summary>
    public IReadOnlyList<ClipRecord> BalancedOut { get; init; } = [];

    /// <summary>The clips of one part.</summary>
    public IReadOnlyList<ClipRecord> this[SplitPart part] => part switch
    {
        SplitPart.Train => Train,
        SplitPart.Validation => Validation,
        SplitPart.Test => Test,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };
}
