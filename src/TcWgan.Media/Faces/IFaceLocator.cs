namespace TcWgan.Media;

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
