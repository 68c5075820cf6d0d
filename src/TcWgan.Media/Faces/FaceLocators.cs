namespace TcWgan.Media;

/// <summary>Which <see cref="IFaceLocator"/> <see cref="FaceLocators.Create"/> builds.</summary>
public enum FaceLocatorKind
{
    /// <summary><see cref="HaarCascadeLocator"/>: detect the face with OpenCV's Haar cascade.</summary>
    Haar,
    /// <summary><see cref="CentredBoxLocator"/>: a centred square (rendered corpora, pre-cropped faces).</summary>
    Centred,
    /// <summary><see cref="FixedBoxLocator"/>: one given box.</summary>
    Fixed,
}

/// <summary>Finds the face in one video frame.</summary>
public interface IFaceLocator
{
    /// <summary>The face box in relative coordinates, or null when this frame shows no face.</summary>
    RelativeBox? Locate(RgbFrame frame);

    /// <summary>
    /// The face in a later frame of the same clip, given where it was last found: a locator may search only near
    /// <paramref name="previous"/> (faster) and must fall back to <see cref="Locate"/> when it finds nothing there.
    /// The default is <see cref="Locate"/>.
    /// </summary>
    RelativeBox? Track(RgbFrame frame, RelativeBox previous) => Locate(frame);
}

/// <summary>Builds the <see cref="IFaceLocator"/> a <see cref="FaceOptions"/> names.</summary>
public static class FaceLocators
{
    /// <summary>
    /// The locator of <paramref name="options"/>.<see cref="FaceOptions.Locator"/>. A <see cref="HaarCascadeLocator"/>
    /// is <see cref="IDisposable"/>: dispose the result when it is one.
    /// </summary>
    public static IFaceLocator Create(FaceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        return options.Locator switch
        {
            FaceLocatorKind.Haar => new HaarCascadeLocator(options.HaarCascadePath, options.HaarScaleFactor,
                options.HaarMinNeighbors, options.HaarMinFaceFraction),
            FaceLocatorKind.Centred => new CentredBoxLocator(options.CentredFraction),
            FaceLocatorKind.Fixed => new FixedBoxLocator(options.FixedBox!.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Locator, "Unknown locator kind."),
        };
    }
}

/// <summary>
/// A locator with its lifetime: <c>using var scope = new OwnedFaceLocator(FaceLocators.Create(options))</c> disposes the
/// locators that own native resources (the Haar cascade) and leaves the others alone.
/// </summary>
public sealed class OwnedFaceLocator(IFaceLocator locator) : IDisposable
{
    /// <summary>The owned locator.</summary>
    public IFaceLocator Locator { get; } = locator ?? throw new ArgumentNullException(nameof(locator));

    /// <inheritdoc />
    public void Dispose() => (Locator as IDisposable)?.Dispose();
}

/// <summary>Always answers the same box (e.g. for corpora where the face sits at a known place).</summary>
public sealed class FixedBoxLocator : IFaceLocator
{
    /// <summary>Uses <paramref name="box"/> for every frame; it must lie inside the frame.</summary>
    public FixedBoxLocator(RelativeBox box)
    {
        if (!box.IsValid)
            throw new ArgumentOutOfRangeException(nameof(box), box, "Box must have positive size and lie inside [0, 1]².");
        Box = box;
    }

    /// <summary>The box returned for every frame.</summary>
    public RelativeBox Box { get; }

    /// <inheritdoc />
    public RelativeBox? Locate(RgbFrame frame) => Box;
}

/// <summary>
/// A centred square whose side is <see cref="Fraction"/> of the frame's shorter side (square in pixels, so its
/// relative width and height differ for non-square frames).
/// </summary>
public sealed class CentredBoxLocator : IFaceLocator
{
    /// <summary>Creates the locator; <paramref name="fraction"/> must be in (0, 1].</summary>
    public CentredBoxLocator(double fraction)
    {
        if (!(fraction > 0 && fraction <= 1))
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Fraction must be in (0, 1].");
        Fraction = fraction;
    }

    /// <summary>Side of the square as a fraction of min(width, height).</summary>
    public double Fraction { get; }

    /// <inheritdoc />
    public RelativeBox? Locate(RgbFrame frame)
    {
        double side = Fraction * Math.Min(frame.Width, frame.Height);
        double w = side / frame.Width, h = side / frame.Height;
        return new RelativeBox((1 - w) / 2, (1 - h) / 2, w, h);
    }
}
