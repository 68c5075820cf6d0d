namespace TcWgan.Demo;

/// <summary>How strongly an emotion is expressed; maps to the corpora's intensity codes.</summary>
public enum DemoIntensity
{
    /// <summary>CREMA-D LO.</summary>
    Low,
    /// <summary>CREMA-D MD; RAVDESS 01 (normal).</summary>
    Medium,
    /// <summary>CREMA-D HI; RAVDESS 02 (strong).</summary>
    High,
    /// <summary>CREMA-D XX (level not specified); rendered like a level between medium and high.</summary>
    Unspecified,
}

/// <summary>Scales and codes of <see cref="DemoIntensity"/>.</summary>
public static class DemoIntensities
{
    /// <summary>
    /// Multiplier applied to every emotion's deviation from neutral (voice and face): Low 0.4, Medium 0.65,
    /// High 1.0, Unspecified 0.8.
    /// </summary>
    public static double Scale(this DemoIntensity intensity) => intensity switch
    {
        DemoIntensity.Low => 0.4,
        DemoIntensity.Medium => 0.65,
        DemoIntensity.High => 1.0,
        DemoIntensity.Unspecified => 0.8,
        _ => throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "Unknown intensity."),
    };

    /// <summary>CREMA-D level code: LO, MD, HI, XX.</summary>
    public static string ToCremaCode(this DemoIntensity intensity) => intensity switch
    {
        DemoIntensity.Low => "LO",
        DemoIntensity.Medium => "MD",
        DemoIntensity.High => "HI",
        DemoIntensity.Unspecified => "XX",
        _ => throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "Unknown intensity."),
    };

    /// <summary>RAVDESS intensity field: 01 normal (Medium), 02 strong (High); other levels have no RAVDESS code.</summary>
    public static string ToRavdessCode(this DemoIntensity intensity) => intensity switch
    {
        DemoIntensity.Medium => "01",
        DemoIntensity.High => "02",
        _ => throw new ArgumentOutOfRangeException(nameof(intensity), intensity,
            "RAVDESS has only normal (Medium) and strong (High) intensity."),
    };
}
