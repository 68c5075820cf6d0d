namespace TcWgan.Media;

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
