namespace TcWgan.Media;

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
