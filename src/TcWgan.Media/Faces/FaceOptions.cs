namespace TcWgan.Media;

/// <summary>
/// Settings of <see cref="FaceExtractor"/> and of the locator <see cref="FaceLocators.Create"/> builds.
/// </summary>
public sealed record FaceOptions
{
    /// <summary>Frames kept from the middle of each clip (the paper keeps the middle 55).</summary>
    public int KeepMiddleFrames { get; init; } = 55;

    /// <summary>Clips decoding to fewer frames are rejected (<see cref="SkipReason.TooFewFrames"/>); ≥ <see cref="Shapes.WindowFrames"/>.</summary>
    public int MinFrames { get; init; } = 20;

    /// <summary>Width of the analysis frames ffmpeg scales to (never upscaled); faces are cropped from these.</summary>
    public int AnalysisWidth { get; init; } = 240;

    /// <summary>
    /// The locator runs on every k-th kept frame (0, k, 2k, … and the last), tracking from the last box; frames in
    /// between take boxes interpolated from the detections around them. 10 frames are a third of a second at
    /// 30 fps, in which a speaker's head moves a few pixels of a 240-wide frame: 7 detections per 55-frame clip.
    /// </summary>
    public int DetectEvery { get; init; } = 10;

    /// <summary>Odd window of the running median over consecutive detected boxes (1 = no smoothing).</summary>
    public int MedianWindow { get; init; } = 3;

    /// <summary>Found boxes are scaled about their centre by this factor (then clipped) before cropping.</summary>
    public double BoxScale { get; init; } = 1.0;

    /// <summary>Which locator <see cref="FaceLocators.Create"/> builds.</summary>
    public FaceLocatorKind Locator { get; init; } = FaceLocatorKind.Haar;

    /// <summary>Side fraction for <see cref="FaceLocatorKind.Centred"/>.</summary>
    public double CentredFraction { get; init; } = 0.6;

    /// <summary>Box for <see cref="FaceLocatorKind.Fixed"/> (relative coordinates); required for that kind.</summary>
    public RelativeBox? FixedBox { get; init; }

    /// <summary>
    /// Cascade XML (<c>haarcascade_frontalface_default.xml</c>) for <see cref="FaceLocatorKind.Haar"/>, e.g.
    /// <c>C:\opencv\haarcascades\haarcascade_frontalface_default.xml</c>. Null = the environment variable
    /// <c>TCWGAN_HAAR_CASCADE</c>, then the file beside the application, then Debian's
    /// <see cref="HaarCascadeLocator.DefaultCascadePath"/> (see <see cref="HaarCascadeLocator.ResolveCascadePath"/>).
    /// </summary>
    public string? HaarCascadePath { get; init; }

    /// <summary>Haar pyramid scale factor (&gt; 1).</summary>
    public double HaarScaleFactor { get; init; } = 1.1;

    /// <summary>Haar minimum neighbours (≥ 0).</summary>
    public int HaarMinNeighbors { get; init; } = 4;

    /// <summary>Smallest face Haar accepts, as a fraction of the frame's shorter side.</summary>
    public double HaarMinFaceFraction { get; init; } = 0.12;

    /// <summary>Every problem with these settings, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MinFrames < Shapes.WindowFrames)
            errors.Add($"MinFrames must be ≥ {Shapes.WindowFrames} (one window), got {MinFrames}.");
        if (KeepMiddleFrames < MinFrames)
            errors.Add($"KeepMiddleFrames ({KeepMiddleFrames}) must be ≥ MinFrames ({MinFrames}).");
        if (AnalysisWidth < Shapes.FaceSize * 2)
            errors.Add($"AnalysisWidth must be ≥ {Shapes.FaceSize * 2}, got {AnalysisWidth}.");
        if (DetectEvery < 1) errors.Add($"DetectEvery must be ≥ 1, got {DetectEvery}.");
        if (MedianWindow < 1 || MedianWindow % 2 == 0) errors.Add($"MedianWindow must be odd and ≥ 1, got {MedianWindow}.");
        if (!(BoxScale > 0 && BoxScale <= 4)) errors.Add($"BoxScale must be in (0, 4], got {BoxScale}.");
        if (!(CentredFraction > 0 && CentredFraction <= 1)) errors.Add($"CentredFraction must be in (0, 1], got {CentredFraction}.");
        if (Locator == FaceLocatorKind.Fixed && FixedBox is null) errors.Add("FixedBox is required when Locator is Fixed.");
        if (FixedBox is { IsValid: false } box) errors.Add($"FixedBox {box} must have positive size and lie inside [0, 1]².");
        if (!(HaarScaleFactor > 1)) errors.Add($"HaarScaleFactor must be > 1, got {HaarScaleFactor}.");
        if (HaarMinNeighbors < 0) errors.Add($"HaarMinNeighbors must be ≥ 0, got {HaarMinNeighbors}.");
        if (!(HaarMinFaceFraction > 0 && HaarMinFaceFraction < 1))
            errors.Add($"HaarMinFaceFraction must be in (0, 1), got {HaarMinFaceFraction}.");
        if (!Enum.IsDefined(Locator)) errors.Add($"Unknown locator kind {Locator}.");
        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem, if any.</summary>
    public void EnsureValid() => OptionChecks.ThrowIfAny(Validate(), nameof(FaceOptions));
}
