namespace TcWgan.Demo;

/// <summary>
/// Prosody and voice-quality parameters of one utterance. <see cref="For"/> gives each emotion's values at full
/// intensity; <see cref="Scaled"/> moves from neutral towards them by an intensity factor.
/// </summary>
/// <param name="PitchFactor">Mean pitch relative to the actor's base pitch.</param>
/// <param name="RangeSemitones">Height of pitch accents on stressed syllables.</param>
/// <param name="SlopeSemitones">Pitch change from the first to the last syllable (declination &lt; 0).</param>
/// <param name="Rate">Speaking-rate multiplier (syllables per second relative to neutral).</param>
/// <param name="EnergyDb">Level relative to neutral.</param>
/// <param name="TiltHz">Cut-off of the one-pole low-pass shaping the source (spectral tilt; higher = brighter).</param>
/// <param name="OpenQuotient">Fraction of the glottal period the glottis is open (tense ≈ 0.4, lax/breathy ≈ 0.7).</param>
/// <param name="Jitter">Relative standard deviation of successive glottal periods.</param>
/// <param name="Shimmer">Relative standard deviation of successive pulse amplitudes.</param>
/// <param name="Breath">Aspiration noise relative to the voiced source.</param>
/// <param name="TremorSemitones">Depth of a 6 Hz pitch tremor.</param>
/// <param name="F1Shift">F1 multiplier (wider jaw opening raises F1).</param>
/// <param name="F2Shift">F2 multiplier (lip spreading in a smile raises F2, protrusion lowers it).</param>
public sealed record VoiceStyle(
    double PitchFactor,
    double RangeSemitones,
    double SlopeSemitones,
    double Rate,
    double EnergyDb,
    double TiltHz,
    double OpenQuotient,
    double Jitter,
    double Shimmer,
    double Breath,
    double TremorSemitones,
    double F1Shift,
    double F2Shift)
{
    public static VoiceStyle Neutral { get; } = new(1.00, 3.0, -2.0, 1.00, 0, 2000, 0.60, 0.006, 0.03, 0.06, 0.0, 1.00, 1.00);

    private static readonly VoiceStyle[] Table =
    [
        // Anger: high, loud, tense and bright, fast, sharp accents.
        new(1.20, 5.5, -4.0, 1.08, 5, 3500, 0.45, 0.012, 0.06, 0.05, 0.0, 1.06, 1.00),
        // Disgust: low, slow, darker, falling.
        new(0.95, 4.0, -4.0, 0.90, -0.5, 1600, 0.62, 0.010, 0.05, 0.10, 0.0, 1.00, 0.96),
        // Fear: high, narrow range, fast, breathy, tremor, final rise.
        new(1.22, 3.5, 1.0, 1.12, 1, 2300, 0.55, 0.018, 0.07, 0.14, 0.6, 1.00, 1.02),
        // Happiness: high, wide range, bright, smiling formants.
        new(1.25, 7.0, -1.0, 1.06, 4, 3200, 0.50, 0.008, 0.04, 0.07, 0.0, 1.03, 1.05),
        Neutral,
        // Sadness: low, flat, slow, quiet, dark, breathy.
        new(0.93, 2.0, -3.0, 0.86, -3.5, 1300, 0.68, 0.012, 0.06, 0.16, 0.15, 0.96, 0.98),
    ];

    /// <summary>An emotion's style at full intensity.</summary>
    public static VoiceStyle For(Emotion emotion) => Table[(int)emotion];

    /// <summary>
    /// Neutral moved towards this style by <paramref name="s"/> (0 = neutral, 1 = this style, &gt; 1 exaggerated).
    /// Ratios (pitch, rate, tilt, formant shifts) interpolate in the log domain, the rest linearly.
    /// </summary>
    public VoiceStyle Scaled(double s)
    {
        var n = Neutral;
        double Lin(double a, double b) => a + s * (b - a);
        double Log(double a, double b) => a * Math.Pow(b / a, s);
        return new VoiceStyle(
            Log(n.PitchFactor, PitchFactor), Math.Max(0.5, Lin(n.RangeSemitones, RangeSemitones)),
            Lin(n.SlopeSemitones, SlopeSemitones), Log(n.Rate, Rate), Lin(n.EnergyDb, EnergyDb),
            Log(n.TiltHz, TiltHz), Math.Clamp(Lin(n.OpenQuotient, OpenQuotient), 0.3, 0.8),
            Math.Max(0, Lin(n.Jitter, Jitter)), Math.Max(0, Lin(n.Shimmer, Shimmer)), Math.Max(0, Lin(n.Breath, Breath)),
            Math.Max(0, Lin(n.TremorSemitones, TremorSemitones)), Log(n.F1Shift, F1Shift), Log(n.F2Shift, F2Shift));
    }

    /// <summary>
    /// Within-class variation of one take: each parameter moved by a random amount (log-normal for ratios, normal
    /// for dB and semitones) with relative spread <paramref name="amount"/> (0.1 ≈ ±10 %).
    /// </summary>
    public VoiceStyle Perturbed(Random rng, double amount)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double R(double sd) => Math.Exp(sd * amount * rng.NextGaussian());
        double N(double sd) => sd * amount * rng.NextGaussian();
        return new VoiceStyle(
            PitchFactor * R(0.6), Math.Max(0.5, RangeSemitones * R(2.5)), SlopeSemitones + N(15), Rate * R(0.6),
            EnergyDb + N(15), TiltHz * R(2), Math.Clamp(OpenQuotient * R(0.8), 0.3, 0.8), Jitter * R(3), Shimmer * R(3),
            Breath * R(3), TremorSemitones * R(2), F1Shift * R(0.3), F2Shift * R(0.3));
    }
}
