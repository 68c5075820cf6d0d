namespace TcWgan.Media;

/// <summary>Finds the face in one video frame.</summary>
public interface IFaceLocator
{
    /// <summary>The face box in relative coordinates, or null when this frame shows no face.</summary>
    RelativeBox? Locate(RgbFrame frame);
}
