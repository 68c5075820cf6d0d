using System.Text.RegularExpressions;

namespace TcWgan.Media;

/// <summary>
/// A RAVDESS file name <c>MM-VV-EE-II-SS-RR-AA</c>: modality (01 audio-video, 02 video-only, 03 audio-only),
/// vocal channel (01 speech, 02 song), emotion (01..08), intensity (01 normal, 02 strong), statement, repetition, actor.
/// </summary>
public sealed partial record RavdessName(int Modality, int VocalChannel, int EmotionCode, int Intensity,
    int Statement, int Repetition, int Actor)
{
    [GeneratedRegex(@"^(\d{2})-(\d{2})-(\d{2})-(\d{2})-(\d{2})-(\d{2})-(\d{2})$")]
    private static partial Regex Pattern();

    /// <summary>Parses a name without extension; null when it is not seven two-digit fields with valid codes.</summary>
    public static RavdessName? TryParse(string name)
    {
        var m = Pattern().Match(name);
        if (!m.Success) return null;
        int F(int i) => int.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture);
        var parsed = new RavdessName(F(1), F(2), F(3), F(4), F(5), F(6), F(7));
        bool valid = parsed.Modality is >= 1 and <= 3 && parsed.VocalChannel is 1 or 2 && parsed.Intensity is 1 or 2
                     && parsed.Statement is 1 or 2 && parsed.Repetition is 1 or 2 && parsed.Actor >= 1;
        return valid ? parsed : null;
    }

    /// <summary>The take this file belongs to: every field but the modality (pairs 03 audio with 01/02 video).</summary>
    public string TakeKey => $"{VocalChannel:00}-{EmotionCode:00}-{Intensity:00}-{Statement:00}-{Repetition:00}-{Actor:00}";

    /// <summary>Odd actor numbers are male, even female.</summary>
    public Sex Sex => Actor % 2 == 1 ? Sex.Male : Sex.Female;
}
