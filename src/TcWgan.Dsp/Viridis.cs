namespace TcWgan.Dsp;

/// <summary>
/// The viridis colour map (matplotlib's default), as its nine standard anchor colours
/// #440154 #472D7B #3B528B #2C728E #21908C #27AD81 #5DC863 #AADC32 #FDE725, linearly interpolated in RGB.
/// Luminance rises monotonically from 0 to 1.
/// </summary>
public static class Viridis
{
    private static readonly byte[,] Anchors =
    {
        { 0x44, 0x01, 0x54 }, { 0x47, 0x2D, 0x7B }, { 0x3B, 0x52, 0x8B }, { 0x2C, 0x72, 0x8E }, { 0x21, 0x90, 0x8C },
        { 0x27, 0xAD, 0x81 }, { 0x5D, 0xC8, 0x63 }, { 0xAA, 0xDC, 0x32 }, { 0xFD, 0xE7, 0x25 },
    };

    private const int InverseSteps = 1024;

    // Immutable lookup for Inverse: the colour of every level s / InverseSteps.
    private static readonly (float R, float G, float B)[] Table =
        Enumerable.Range(0, InverseSteps + 1).Select(s => Map((double)s / InverseSteps)).ToArray();

    /// <summary>RGB in [0, 1] for a level <paramref name="t"/> in [0, 1] (clamped).</summary>
    public static (float R, float G, float B) Map(double t)
    {
        t = double.IsNaN(t) ? 0 : Math.Clamp(t, 0, 1);
        int segments = Anchors.GetLength(0) - 1;
        double x = t * segments;
        int i = Math.Min(segments - 1, (int)Math.Floor(x));
        double f = x - i;
        float C(int c) => (float)((Anchors[i, c] + f * (Anchors[i + 1, c] - Anchors[i, c])) / 255.0);
        return (C(0), C(1), C(2));
    }

    /// <summary>The level in [0, 1] whose colour is nearest (Euclidean, RGB) to the given colour, in 1/1024 steps.</summary>
    public static double Inverse(float r, float g, float b)
    {
        double best = double.MaxValue, bestT = 0;
        for (int s = 0; s <= InverseSteps; s++)
        {
            var (cr, cg, cb) = Table[s];
            double d = (cr - r) * (cr - r) + (cg - g) * (cg - g) + (cb - b) * (cb - b);
            if (d < best) { best = d; bestT = (double)s / InverseSteps; }
        }
        return bestT;
    }
}
