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
