namespace TcWgan.Media;

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
