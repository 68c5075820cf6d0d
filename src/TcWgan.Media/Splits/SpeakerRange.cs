namespace TcWgan.Media;

/// <summary>Numeric speaker ids <see cref="First"/>..<see cref="Last"/> (inclusive) go to <see cref="Part"/>.</summary>
public sealed record SpeakerRange(int First, int Last, SplitPart Part)
{
    /// <summary>True when <paramref name="speaker"/> is an integer inside the range.</summary>
    public bool Contains(string speaker) =>
        int.TryParse(speaker, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture,
            out int id) && id >= First && id <= Last;
}
