namespace TcWgan.Demo;

/// <summary>
/// Facial action parameters (loosely FACS action units) of one face. <see cref="For"/> gives each emotion's values
/// at full intensity; <see cref="Scaled"/> moves from neutral towards them.
/// </summary>
/// <param name="BrowRaise">Whole-brow height (−1 lowered … 1 raised; AU1+2 / AU4).</param>
/// <param name="BrowInner">Inner-brow height relative to outer (+ sad/fearful slant, − angry V).</param>
/// <param name="EyeOpen">Eyelid aperture multiplier (1 neutral, &gt; 1 widened AU5, &lt; 1 narrowed AU7).</param>
/// <param name="CheekRaise">Cheek raise pushing the lower lids up (AU6).</param>
/// <param name="NoseWrinkle">Nose wrinkle (AU9).</param>
/// <param name="UpperLipRaise">Upper lip raise (AU10).</param>
/// <param name="MouthCorner">Lip-corner height (+ smile AU12, − depressed AU15).</param>
/// <param name="MouthWidth">Mouth width multiplier (stretch AU20 / spread in a smile).</param>
/// <param name="JawBase">Resting jaw opening added to speech (AU26).</param>
/// <param name="LipPress">Lip pressing that thins the lips and damps speech opening (AU24).</param>
public sealed record Expression(
    double BrowRaise,
    double BrowInner,
    double EyeOpen,
    double CheekRaise,
    double NoseWrinkle,
    double UpperLipRaise,
    double MouthCorner,
    double MouthWidth,
    double JawBase,
    double LipPress)
{
    public static Expression Neutral { get; } = new(0, 0, 1, 0, 0, 0, 0, 1, 0, 0);

    private static readonly Expression[] Table =
    [
        new(-0.8, -0.9, 0.85, 0.0, 0.2, 0.0, -0.3, 0.90, 0.00, 0.8), // anger
        new(-0.4, -0.3, 0.60, 0.4, 1.0, 0.9, -0.6, 0.95, 0.05, 0.0), // disgust
        new(0.8, 0.8, 1.3, 0.0, 0.0, 0.0, -0.2, 1.20, 0.25, 0.0),    // fear
        new(0.15, 0.0, 0.70, 1.0, 0.0, 0.0, 1.0, 1.25, 0.05, 0.0),   // happiness
        Neutral,
        new(-0.1, 0.9, 0.70, 0.0, 0.0, 0.0, -0.8, 0.90, 0.00, 0.2),  // sadness
    ];

    /// <summary>An emotion's expression at full intensity.</summary>
    public static Expression For(Emotion emotion) => Table[(int)emotion];

    /// <summary>Neutral moved towards this expression by <paramref name="s"/>.</summary>
    public Expression Scaled(double s)
    {
        var n = Neutral;
        double L(double a, double b) => a + s * (b - a);
        return new Expression(L(n.BrowRaise, BrowRaise), L(n.BrowInner, BrowInner), Math.Max(0.25, L(n.EyeOpen, EyeOpen)),
            L(n.CheekRaise, CheekRaise), L(n.NoseWrinkle, NoseWrinkle), L(n.UpperLipRaise, UpperLipRaise),
            L(n.MouthCorner, MouthCorner), Math.Max(0.6, L(n.MouthWidth, MouthWidth)), Math.Max(0, L(n.JawBase, JawBase)),
            Math.Clamp(L(n.LipPress, LipPress), 0, 1));
    }
}
