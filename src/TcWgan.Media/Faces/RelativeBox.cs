namespace TcWgan.Media;

/// <summary>
/// A rectangle in relative frame coordinates: X and Width are fractions of the frame width, Y and Height of the
/// frame height, so one box fits any decode size. (0, 0) is the top-left corner.
/// </summary>
public readonly record struct RelativeBox(double X, double Y, double Width, double Height)
{
    /// <summary>Centre, x in width fractions.</summary>
    public double CentreX => X + Width / 2;

    /// <summary>Centre, y in height fractions.</summary>
    public double CentreY => Y + Height / 2;

    /// <summary>True when the box has positive size and lies inside [0, 1]² (with 1e-9 slack).</summary>
    public bool IsValid =>
        Width > 0 && Height > 0 && X >= -1e-9 && Y >= -1e-9 && X + Width <= 1 + 1e-9 && Y + Height <= 1 + 1e-9
        && double.IsFinite(X + Y + Width + Height);

    /// <summary>The box scaled about its centre by <paramref name="factor"/>, then clipped to the frame.</summary>
    public RelativeBox Scale(double factor)
    {
        double w = Width * factor, h = Height * factor;
        double x0 = Math.Max(0, CentreX - w / 2), y0 = Math.Max(0, CentreY - h / 2);
        double x1 = Math.Min(1, CentreX + w / 2), y1 = Math.Min(1, CentreY + h / 2);
        return new RelativeBox(x0, y0, x1 - x0, y1 - y0);
    }

    /// <summary>
    /// Pixel rectangle (x, y, width, height) of this box in a <paramref name="frameWidth"/>×<paramref name="frameHeight"/>
    /// frame, at least 1×1 and inside the frame.
    /// </summary>
    public (int X, int Y, int Width, int Height) ToPixels(int frameWidth, int frameHeight)
    {
        int x0 = Math.Clamp((int)Math.Round(X * frameWidth), 0, frameWidth - 1);
        int y0 = Math.Clamp((int)Math.Round(Y * frameHeight), 0, frameHeight - 1);
        int x1 = Math.Clamp((int)Math.Round((X + Width) * frameWidth), x0 + 1, frameWidth);
        int y1 = Math.Clamp((int)Math.Round((Y + Height) * frameHeight), y0 + 1, frameHeight);
        return (x0, y0, x1 - x0, y1 - y0);
    }

    /// <summary>The box of a pixel rectangle in a frame of the given size.</summary>
    public static RelativeBox FromPixels(int x, int y, int width, int height, int frameWidth, int frameHeight) =>
        new((double)x / frameWidth, (double)y / frameHeight, (double)width / frameWidth, (double)height / frameHeight);
}
