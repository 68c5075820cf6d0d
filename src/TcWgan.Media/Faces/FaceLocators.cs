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
