namespace TcWgan.Demo;

/// <summary>
/// The syllable sequences of the sentences the corpora use: CREMA-D's 12 sentence codes and RAVDESS's two
/// statements ("01" Kids are talking by the door, "02" Dogs are sitting by the door).
/// </summary>
public static class SentenceScripts
{
    // Token: onset letter (- none, s stop, f fricative, n sonorant), vowel code, '!' when stressed.
    private static readonly Dictionary<string, (string Text, string Tokens)> Table = new()
    {
        ["IEO"] = ("It's eleven o'clock", "-IH -IH nEH! fAH -AH sAA!"),
        ["TIE"] = ("That is exactly what happened", "fAE! -IH -IH sAE! nIY nAH fAE! sAH"),
        ["IOM"] = ("I'm on my way to the meeting", "-AY -AA nAY nEY! sUW fAH nIY! sIH"),
        ["IWW"] = ("I wonder what this is about", "-AY nAH! sER nAH fIH -IH -AH sAW!"),
        ["TAI"] = ("The airplane is almost full", "fAH -EH! sEY -IH -AO! nOW fUH"),
        ["MTI"] = ("Maybe tomorrow it will be cold", "nEY! sIY sAH nAA! nOW -IH nIH sIY sOW!"),
        ["IWL"] = ("I would like a new alarm clock", "-AY nUH nAY! -AH nUW! -AH nAA! sAA"),
        ["ITH"] = ("I think I have a doctor's appointment", "-AY fIH! -AY fAE -AH sAA! sER -AH sOY! nAH"),
        ["DFA"] = ("Don't forget a jacket", "sOW! fER sEH! -AH fAE! sIH"),
        ["ITS"] = ("I think I've seen this before", "-AY fIH! -AY fIY! fIH sIH fAO!"),
        ["TSI"] = ("The surface is slick", "fAH fER! fIH -IH fIH!"),
        ["WSI"] = ("We'll stop in a couple of minutes", "nIY fAA! -IH -AH sAH! sAH -AH nIH! sIH"),
        ["01"] = ("Kids are talking by the door", "sIH! -AA sAO! sIH sAY fAH sAO!"),
        ["02"] = ("Dogs are sitting by the door", "sAA! -AA fIH! sIH sAY fAH sAO!"),
    };

    /// <summary>CREMA-D's 12 sentence codes in the corpus's order.</summary>
    public static IReadOnlyList<string> CremaCodes { get; } =
        ["IEO", "TIE", "IOM", "IWW", "TAI", "MTI", "IWL", "ITH", "DFA", "ITS", "TSI", "WSI"];

    /// <summary>RAVDESS statement codes.</summary>
    public static IReadOnlyList<string> RavdessCodes { get; } = ["01", "02"];

    /// <summary>The words of a sentence code.</summary>
    public static string Text(string code) => Lookup(code).Text;

    /// <summary>The syllables of a sentence code.</summary>
    public static IReadOnlyList<Syllable> Syllables(string code) =>
        Lookup(code).Tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseToken).ToArray();

    private static (string Text, string Tokens) Lookup(string code) => Table.TryGetValue(code, out var entry)
        ? entry
        : throw new ArgumentException($"Unknown sentence code '{code}'. Known: {string.Join(", ", Table.Keys)}.", nameof(code));

    private static Syllable ParseToken(string token)
    {
        var onset = token[0] switch
        {
            '-' => Onset.None,
            's' => Onset.Stop,
            'f' => Onset.Fricative,
            'n' => Onset.Sonorant,
            _ => throw new FormatException($"Bad syllable token '{token}'."),
        };
        bool stressed = token.EndsWith('!');
        string vowel = token[1..(stressed ? token.Length - 1 : token.Length)];
        Vowels.Targets(vowel); // validates the code
        return new Syllable(onset, vowel, stressed);
    }
}
