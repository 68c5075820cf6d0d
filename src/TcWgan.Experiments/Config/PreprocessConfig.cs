namespace TcWgan.Experiments.Config;

/// <summary>Face and spectrogram preprocessing settings exposed in configs.</summary>
public sealed class PreprocessConfig
{
    /// <summary>haar (the real detector) or centred (a centred square, for pre-cropped faces).</summary>
    public string FaceLocator { get; set; } = "haar";

    /// <summary>
    /// Smallest face the Haar detector looks for, as a fraction of the frame's shorter side. Faces in CREMA-D,
    /// RAVDESS and the demo corpus span 0.35–0.5 of the frame height; 0.25 keeps a margin and makes detection about
    /// three times cheaper than searching down to small faces.
    /// </summary>
    public double HaarMinFaceFraction { get; set; } = 0.25;

    /// <summary>Middle frames kept per clip.</summary>
    public int KeepMiddleFrames { get; set; } = 55;

    /// <summary>SpecAugment variants per clip.</summary>
    public int Variants { get; set; } = 10;

    /// <summary>log-mel-deltas or colour-mapped.</summary>
    public string Spectrogram { get; set; } = "log-mel-deltas";

    /// <summary>Seed of SpecAugment.</summary>
    public int Seed { get; set; } = 11;

    public IEnumerable<string> Validate()
    {
        if (FaceLocator is not ("haar" or "centred"))
            yield return $"faceLocator: '{FaceLocator}' is not haar or centred.";
        if (KeepMiddleFrames < Shapes.WindowFrames)
            yield return $"keepMiddleFrames: {KeepMiddleFrames} is fewer than one window ({Shapes.WindowFrames}).";
        if (HaarMinFaceFraction is <= 0 or >= 1) yield return $"haarMinFaceFraction: {HaarMinFaceFraction} is not in (0, 1).";
        if (Variants < 1) yield return "variants: at least 1.";
        if (Spectrogram is not ("log-mel-deltas" or "colour-mapped"))
            yield return $"spectrogram: '{Spectrogram}' is not log-mel-deltas or colour-mapped.";
    }
}
