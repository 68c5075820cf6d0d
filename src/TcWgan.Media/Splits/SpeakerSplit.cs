namespace TcWgan.Media;

/// <summary>Speaker-independent train/validation/test splits.</summary>
public static class SpeakerSplit
{
    /// <summary>
    /// Splits by speaker. Random assignment: distinct speakers (ordinal order) are shuffled with
    /// <c>new Random(Seed)</c>; test gets round(n·TestFraction), validation round(n·ValidationFraction), train the
    /// rest — with at least one speaker in each part whose fraction is positive when n ≥ 3. Fixed assignment:
    /// <see cref="SplitOptions.SpeakerRanges"/>. Clips keep their input order inside each part. Throws
    /// <see cref="ArgumentException"/> listing every invalid option.
    /// </summary>
    public static ClipSplits Split(IReadOnlyList<ClipRecord> clips, SplitOptions options)
    {
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentNullException.ThrowIfNull(options);
        OptionChecks.ThrowIfAny(options.Validate(), nameof(SplitOptions), nameof(options));

        var assignment = options.SpeakerRanges is { } ranges
            ? AssignByRange(clips, ranges)
            : AssignRandomly(clips.Select(c => c.Speaker).Distinct().Order(StringComparer.Ordinal).ToArray(), options);

        return Assign(clips, assignment, options.BalanceClasses, options.Seed);
    }

    /// <summary>
    /// k-fold cross-validation by speaker: the distinct speakers in ordinal order are cut into <paramref name="folds"/>
    /// consecutive groups (sizes differing by at most one); fold f tests group f, takes the
    /// <paramref name="validationSpeakers"/> speakers after that group (cyclically) for validation and trains on the
    /// rest. With <paramref name="balance"/> each part is downsampled to its smallest class (seeded by
    /// <paramref name="seed"/>). Throws <see cref="ArgumentException"/> when there are too few speakers.
    /// </summary>
    public static IReadOnlyList<ClipSplits> Folds(IReadOnlyList<ClipRecord> clips, int folds, int validationSpeakers, bool balance, int seed)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var speakers = clips.Select(c => c.Speaker).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (folds < 2) throw new ArgumentException($"Folds must be ≥ 2 (got {folds}).", nameof(folds));
        if (validationSpeakers < 0) throw new ArgumentException($"Validation speakers must be ≥ 0 (got {validationSpeakers}).", nameof(validationSpeakers));
        if (speakers.Length < folds + validationSpeakers + 1)
            throw new ArgumentException($"{folds} folds with {validationSpeakers} validation speaker(s) need at least {folds + validationSpeakers + 1} speakers; the corpus has {speakers.Length}.", nameof(folds));
        var result = new List<ClipSplits>(folds);
        for (int f = 0; f < folds; f++)
        {
            int first = f * speakers.Length / folds, end = (f + 1) * speakers.Length / folds;
            var map = new Dictionary<string, SplitPart>(StringComparer.Ordinal);
            for (int i = 0; i < speakers.Length; i++) map[speakers[i]] = i >= first && i < end ? SplitPart.Test : SplitPart.Train;
            for (int v = 0; v < validationSpeakers; v++) map[speakers[(end + v) % speakers.Length]] = SplitPart.Validation;
            result.Add(Assign(clips, map, balance, seed));
        }
        return result;
    }

    /// <summary>
    /// Puts each clip in its speaker's part (input order kept; speakers the map lacks are excluded), then with
    /// <paramref name="balance"/> downsamples train, validation and test in that order from one <c>new Random(seed)</c>.
    /// </summary>
    private static ClipSplits Assign(IReadOnlyList<ClipRecord> clips, Dictionary<string, SplitPart> map, bool balance, int seed)
    {
        var parts = new[] { new List<ClipRecord>(), new List<ClipRecord>(), new List<ClipRecord>() };
        var excluded = new List<ClipRecord>();
        foreach (var clip in clips)
        {
            if (map.TryGetValue(clip.Speaker, out var part)) parts[(int)part].Add(clip);
            else excluded.Add(clip);
        }
        var balancedOut = new List<ClipRecord>();
        if (balance)
        {
            var rng = new Random(seed);
            for (int p = 0; p < parts.Length; p++) parts[p] = Balance(parts[p], rng, balancedOut);
        }
        return new ClipSplits(parts[0], parts[1], parts[2], [.. excluded, .. balancedOut]) { BalancedOut = balancedOut };
    }

    private static Dictionary<string, SplitPart> AssignByRange(IReadOnlyList<ClipRecord> clips, IReadOnlyList<SpeakerRange> ranges)
    {
        var map = new Dictionary<string, SplitPart>(StringComparer.Ordinal);
        foreach (string speaker in clips.Select(c => c.Speaker).Distinct())
            if (ranges.FirstOrDefault(r => r.Contains(speaker)) is { } range) map[speaker] = range.Part;
        return map;
    }

    private static Dictionary<string, SplitPart> AssignRandomly(string[] speakers, SplitOptions options)
    {
        var shuffled = (string[])speakers.Clone();
        new Random(options.Seed).Shuffle(shuffled);
        int n = shuffled.Length;
        int test = (int)Math.Round(n * options.TestFraction, MidpointRounding.AwayFromZero);
        int validation = (int)Math.Round(n * options.ValidationFraction, MidpointRounding.AwayFromZero);
        if (n >= 3)
        {
            if (options.TestFraction > 0) test = Math.Max(1, test);
            if (options.ValidationFraction > 0) validation = Math.Max(1, validation);
            int minTrain = options.TrainFraction > 0 ? 1 : 0;
            while (n - test - validation < minTrain)
            {
                if (validation >= test && validation > 1) validation--;
                else if (test > 1) test--;
                else validation--;
            }
        }
        else
        {
            // Too few speakers for three parts: fill train first, then validation, then test.
            test = 0;
            validation = n == 2 && options.ValidationFraction > 0 && options.TrainFraction > 0 ? 1 : 0;
        }
        var map = new Dictionary<string, SplitPart>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
            map[shuffled[i]] = i < test ? SplitPart.Test : i < test + validation ? SplitPart.Validation : SplitPart.Train;
        return map;
    }

    /// <summary>Keeps a seeded random subset of each class the size of the smallest present class; order kept.</summary>
    private static List<ClipRecord> Balance(List<ClipRecord> part, Random rng, List<ClipRecord> excluded)
    {
        if (part.Count == 0) return part;
        var byClass = part.Select((clip, index) => (clip, index)).GroupBy(x => x.clip.Emotion).OrderBy(g => g.Key).ToArray();
        int smallest = byClass.Min(g => g.Count());
        var keep = new HashSet<int>();
        foreach (var group in byClass)
        {
            var indices = group.Select(x => x.index).ToArray();
            rng.Shuffle(indices);
            foreach (int i in indices.Take(smallest)) keep.Add(i);
        }
        var kept = new List<ClipRecord>(keep.Count);
        for (int i = 0; i < part.Count; i++)
            (keep.Contains(i) ? kept : excluded).Add(part[i]);
        return kept;
    }
}

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
}
