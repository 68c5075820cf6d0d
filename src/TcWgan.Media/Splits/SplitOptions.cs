namespace TcWgan.Media;

/// <summary>Settings of <see cref="SpeakerSplit.Split"/>.</summary>
public sealed record SplitOptions
{
    /// <summary>Share of speakers in training (random assignment).</summary>
    public double TrainFraction { get; init; } = 0.6;

    /// <summary>Share of speakers in validation (random assignment).</summary>
    public double ValidationFraction { get; init; } = 0.3;

    /// <summary>Share of speakers in test (random assignment).</summary>
    public double TestFraction { get; init; } = 0.1;

    /// <summary>Seed of the speaker shuffle and of class balancing.</summary>
    public int Seed { get; init; }

    /// <summary>Downsample every class in each part to that part's smallest (present) class, seeded.</summary>
    public bool BalanceClasses { get; init; }

    /// <summary>
    /// Fixed assignment by numeric speaker id instead of the random one; speakers no range covers are excluded.
    /// Null = random by the fractions.
    /// </summary>
    public IReadOnlyList<SpeakerRange>? SpeakerRanges { get; init; }

    /// <summary>
    /// The CREMA-D split of the paper's authors: actors ≤ 1060 train, 1062–1075 validation, 1077–1095 test;
    /// 1061 and 1076 excluded.
    /// </summary>
    public static SplitOptions CremaDAuthors { get; } = new()
    {
        SpeakerRanges =
        [
            new SpeakerRange(0, 1060, SplitPart.Train),
            new SpeakerRange(1062, 1075, SplitPart.Validation),
            new SpeakerRange(1077, 1095, SplitPart.Test),
        ],
    };

    /// <summary>Every problem with these settings, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var (name, value) in new[] { ("TrainFraction", TrainFraction), ("ValidationFraction", ValidationFraction),
                     ("TestFraction", TestFraction) })
            if (!(value >= 0 && value <= 1)) errors.Add($"{name} must be in [0, 1], got {value}.");
        double sum = TrainFraction + ValidationFraction + TestFraction;
        if (Math.Abs(sum - 1) > 1e-6) errors.Add($"Fractions must sum to 1, got {sum}.");
        if (SpeakerRanges is not null)
        {
            foreach (var r in SpeakerRanges)
                if (r.First > r.Last) errors.Add($"Speaker range {r.First}..{r.Last} is empty.");
            var ordered = SpeakerRanges.OrderBy(r => r.First).ToArray();
            for (int i = 1; i < ordered.Length; i++)
                if (ordered[i].First <= ordered[i - 1].Last)
                    errors.Add($"Speaker ranges {ordered[i - 1].First}..{ordered[i - 1].Last} and {ordered[i].First}..{ordered[i].Last} overlap.");
        }
        return errors;
    }
}

/// <summary>The three parts of a speaker-independent split.</summary>
public enum SplitPart { Train, Validation, Test }

/// <summary>Numeric speaker ids <see cref="First"/>..<see cref="Last"/> (inclusive) go to <see cref="Part"/>.</summary>
public sealed record SpeakerRange(int First, int Last, SplitPart Part)
{
    /// <summary>True when <paramref name="speaker"/> is an integer inside the range.</summary>
    public bool Contains(string speaker) =>
        int.TryParse(speaker, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture,
            out int id) && id >= First && id <= Last;
}
