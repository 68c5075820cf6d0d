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
