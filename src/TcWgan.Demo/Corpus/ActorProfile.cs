using SkiaSharp;

namespace TcWgan.Demo;

/// <summary>
/// One rendered actor: identity and demographics, voice parameters and face shape. Drawn from
/// (seed, actor number); sex follows the RAVDESS rule (odd actor number = male) in both layouts.
/// </summary>
public sealed record ActorProfile
{
    /// <summary>Actor number: 1001.. for CREMA-D, 1.. for RAVDESS.</summary>
    public required int Number { get; init; }
    /// <summary>Speaker id as written in file names: "1001" or "01".</summary>
    public required string Speaker { get; init; }
    /// <summary>Sex (odd number = male).</summary>
    public required Sex Sex { get; init; }
    /// <summary>Age in years (20–60).</summary>
    public required int Age { get; init; }
    /// <summary>Race as CREMA-D's demographics table writes it.</summary>
    public required string Race { get; init; }
    /// <summary>Ethnicity as CREMA-D's demographics table writes it.</summary>
    public required string Ethnicity { get; init; }

    /// <summary>Mean speaking pitch in Hz (male 95–140, female 170–235).</summary>
    public required double BasePitchHz { get; init; }
    /// <summary>Multiplier of every formant frequency (vocal tract length; male 0.94–1.04, female 1.10–1.22).</summary>
    public required double FormantScale { get; init; }
    /// <summary>Personal speaking rate multiplier (0.88–1.12).</summary>
    public required double Rate { get; init; }
    /// <summary>How strongly this actor expresses emotions (0.7–1.25), multiplies the intensity scale.</summary>
    public required double Expressiveness { get; init; }
    /// <summary>Personal loudness offset in dB (−2..2).</summary>
    public required double LoudnessDb { get; init; }
    /// <summary>Personal breathiness added to every emotion's (0–0.08).</summary>
    public required double Breathiness { get; init; }

    public required SKColor Skin { get; init; }
    public required SKColor Hair { get; init; }
    /// <summary>0 short, 1 long (falls beside the face), 2 very short.</summary>
    public required int HairStyle { get; init; }
    /// <summary>Head width / height (0.74–0.86).</summary>
    public required double HeadAspect { get; init; }
    /// <summary>Jaw width relative to the cheek width (0.55–0.85).</summary>
    public required double JawWidth { get; init; }
    /// <summary>Horizontal eye offset from the midline in head half-widths (0.36–0.44).</summary>
    public required double EyeSpacing { get; init; }
    /// <summary>Eye size multiplier (0.85–1.15).</summary>
    public required double EyeSize { get; init; }
    /// <summary>Brow stroke thickness multiplier (0.8–1.4; thicker for men).</summary>
    public required double BrowThickness { get; init; }
    /// <summary>Mouth width multiplier (0.85–1.15).</summary>
    public required double MouthWidth { get; init; }
    public required SKColor Lips { get; init; }

    private static readonly (string Race, string Ethnicity, SKColor Light, SKColor Dark)[] Groups =
    [
        ("Caucasian", "Not Hispanic", new SKColor(238, 204, 180), new SKColor(214, 168, 138)),
        ("African American", "Not Hispanic", new SKColor(150, 104, 76), new SKColor(100, 66, 48)),
        ("Asian", "Not Hispanic", new SKColor(236, 206, 168), new SKColor(210, 170, 128)),
        ("Caucasian", "Hispanic", new SKColor(222, 178, 140), new SKColor(190, 140, 104)),
    ];

    private static readonly SKColor[] HairColours =
    [
        new(30, 24, 20), new(70, 45, 28), new(120, 80, 45), new(170, 130, 80), new(60, 58, 60), new(150, 60, 30),
    ];

    /// <summary>Draws actor number <paramref name="number"/> (speaker id <paramref name="speaker"/>) for a seed.</summary>
    public static ActorProfile Create(int number, string speaker, int seed)
    {
        var rng = Seeds.Rng(seed, "actor:" + number);
        bool male = number % 2 == 1;
        var group = Groups[rng.Next(Groups.Length)];
        double shade = rng.NextDouble();
        var skin = Lerp(group.Light, group.Dark, shade);
        var hair = group.Race == "Caucasian" ? HairColours[rng.Next(HairColours.Length)] : HairColours[rng.Next(2)];
        return new ActorProfile
        {
            Number = number,
            Speaker = speaker,
            Sex = male ? Sex.Male : Sex.Female,
            Age = 20 + rng.Next(41),
            Race = group.Race,
            Ethnicity = group.Ethnicity,
            BasePitchHz = male ? rng.Uniform(95, 140) : rng.Uniform(170, 235),
            FormantScale = male ? rng.Uniform(0.94, 1.04) : rng.Uniform(1.10, 1.22),
            Rate = rng.Uniform(0.88, 1.12),
            Expressiveness = rng.Uniform(0.7, 1.25),
            LoudnessDb = rng.Uniform(-2, 2),
            Breathiness = rng.Uniform(0, 0.08),
            Skin = skin,
            Hair = hair,
            HairStyle = male ? (rng.NextDouble() < 0.3 ? 2 : 0) : (rng.NextDouble() < 0.8 ? 1 : 0),
            HeadAspect = rng.Uniform(0.74, 0.86),
            JawWidth = male ? rng.Uniform(0.68, 0.85) : rng.Uniform(0.55, 0.72),
            EyeSpacing = rng.Uniform(0.36, 0.44),
            EyeSize = rng.Uniform(0.85, 1.15),
            BrowThickness = male ? rng.Uniform(1.1, 1.4) : rng.Uniform(0.8, 1.1),
            MouthWidth = rng.Uniform(0.85, 1.15),
            Lips = Lerp(skin, male ? new SKColor(150, 70, 70) : new SKColor(175, 55, 70), male ? 0.45 : 0.6),
        };
    }

    internal static SKColor Lerp(SKColor a, SKColor b, double t) => new(
        (byte)Math.Round(a.Red + (b.Red - a.Red) * t),
        (byte)Math.Round(a.Green + (b.Green - a.Green) * t),
        (byte)Math.Round(a.Blue + (b.Blue - a.Blue) * t));
}
