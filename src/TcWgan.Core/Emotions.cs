using System.Diagnostics.CodeAnalysis;

namespace TcWgan;

/// <summary>
/// The one mapping between <see cref="Emotion"/>, its names and the corpora's label codes.
/// </summary>
public static class Emotions
{
    /// <summary>Number of classes (d = 6 in the paper).</summary>
    public const int Count = 6;

    /// <summary>All classes in index order.</summary>
    public static IReadOnlyList<Emotion> All { get; } =
        [Emotion.Anger, Emotion.Disgust, Emotion.Fear, Emotion.Happiness, Emotion.Neutral, Emotion.Sadness];

    /// <summary>Canonical lower-case names in index order: anger, disgust, fear, happiness, neutral, sadness.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["anger", "disgust", "fear", "happiness", "neutral", "sadness"];

    private static readonly Dictionary<string, Emotion> NameLookup = new(StringComparer.OrdinalIgnoreCase)
    {
        ["anger"] = Emotion.Anger, ["angry"] = Emotion.Anger, ["ang"] = Emotion.Anger,
        ["disgust"] = Emotion.Disgust, ["disgusted"] = Emotion.Disgust, ["dis"] = Emotion.Disgust,
        ["fear"] = Emotion.Fear, ["fearful"] = Emotion.Fear, ["fea"] = Emotion.Fear,
        ["happiness"] = Emotion.Happiness, ["happy"] = Emotion.Happiness, ["hap"] = Emotion.Happiness,
        ["neutral"] = Emotion.Neutral, ["neu"] = Emotion.Neutral,
        ["sadness"] = Emotion.Sadness, ["sad"] = Emotion.Sadness,
    };

    private static readonly string[] CremaCodes = ["ANG", "DIS", "FEA", "HAP", "NEU", "SAD"];

    // RAVDESS emotion field: 01 neutral, 02 calm, 03 happy, 04 sad, 05 angry, 06 fearful, 07 disgust, 08 surprised.
    private static readonly int[] RavdessCodes = [5, 7, 6, 3, 1, 4];

    /// <summary>Canonical name of a class.</summary>
    public static string Name(this Emotion emotion) => Names[(int)emotion];

    /// <summary>Parses a name, common adjective or CREMA-D code (case-insensitive); false when unknown.</summary>
    public static bool TryParse(string? text, out Emotion emotion)
    {
        emotion = default;
        return text is not null && NameLookup.TryGetValue(text.Trim(), out emotion);
    }

    /// <summary>Parses a name or throws <see cref="FormatException"/> listing the accepted names.</summary>
    public static Emotion Parse(string text) => TryParse(text, out var e)
        ? e
        : throw new FormatException($"Unknown emotion '{text}'. Expected one of: {string.Join(", ", Names)}.");

    /// <summary>CREMA-D three-letter code (ANG, DIS, FEA, HAP, NEU, SAD).</summary>
    public static string ToCremaCode(this Emotion emotion) => CremaCodes[(int)emotion];

    /// <summary>Class of a CREMA-D code; false for anything else.</summary>
    public static bool TryFromCremaCode(string code, out Emotion emotion)
    {
        int i = Array.IndexOf(CremaCodes, code);
        emotion = i >= 0 ? (Emotion)i : default;
        return i >= 0;
    }

    /// <summary>RAVDESS emotion field value (1..8) of a class.</summary>
    public static int ToRavdessCode(this Emotion emotion) => RavdessCodes[(int)emotion];

    /// <summary>Class of a RAVDESS emotion code; false for calm (2), surprised (8) and unknown codes.</summary>
    public static bool TryFromRavdessCode(int code, [NotNullWhen(true)] out Emotion? emotion)
    {
        int i = Array.IndexOf(RavdessCodes, code);
        emotion = i >= 0 ? (Emotion)i : null;
        return i >= 0;
    }
}

/// <summary>
/// The six emotion classes shared by CREMA-D and RAVDESS (the paper's classes). The numeric value is the
/// class index used everywhere: one-hot conditions, classifier logits, ML.NET key order.
/// </summary>
public enum Emotion
{
    Anger = 0,
    Disgust = 1,
    Fear = 2,
    Happiness = 3,
    Neutral = 4,
    Sadness = 5,
}
