namespace TcWgan.Demo;

/// <summary>
/// Formant targets (Hz) of American English vowels for an adult male voice, after Peterson &amp; Barney (1952)
/// and Hillenbrand et al. (1995). Diphthongs glide from the first target to the second.
/// </summary>
public static class Vowels
{
    /// <summary>Fourth formant, the same for every vowel.</summary>
    public const double F4 = 3500;

    private static readonly Dictionary<string, (double F1, double F2, double F3)> Monophthongs = new()
    {
        ["IY"] = (270, 2290, 3010),
        ["IH"] = (390, 1990, 2550),
        ["EH"] = (530, 1840, 2480),
        ["AE"] = (660, 1720, 2410),
        ["AA"] = (730, 1090, 2440),
        ["AO"] = (570, 840, 2410),
        ["UH"] = (440, 1020, 2240),
        ["UW"] = (300, 870, 2240),
        ["AH"] = (640, 1190, 2390),
        ["ER"] = (490, 1350, 1690),
    };

    private static readonly Dictionary<string, (string From, string To)> Diphthongs = new()
    {
        ["EY"] = ("EH", "IY"),
        ["AY"] = ("AA", "IY"),
        ["OW"] = ("AO", "UW"),
        ["AW"] = ("AA", "UH"),
        ["OY"] = ("AO", "IY"),
    };

    /// <summary>Every vowel code accepted by <see cref="Targets"/>.</summary>
    public static IReadOnlyCollection<string> Codes { get; } = [.. Monophthongs.Keys, .. Diphthongs.Keys];

    /// <summary>Start and end formants (F1, F2, F3) of a vowel; equal for monophthongs.</summary>
    public static ((double F1, double F2, double F3) Start, (double F1, double F2, double F3) End) Targets(string code)
    {
        if (Monophthongs.TryGetValue(code, out var m)) return (m, m);
        if (Diphthongs.TryGetValue(code, out var d)) return (Monophthongs[d.From], Monophthongs[d.To]);
        throw new ArgumentException($"Unknown vowel code '{code}'. Known: {string.Join(", ", Codes)}.", nameof(code));
    }
}
