using TcWgan.Media;

namespace TcWgan.Demo.Tests;

/// <summary>Helpers on raw RGBA frames (H, W, 4).</summary>
internal static class Frames
{
    /// <summary>
    /// Pixels drawn in the mouth-interior colour (dark purple-red, <see cref="FaceRenderer.MouthInterior"/>, under
    /// any exposure: G &lt; 45, R − G &gt; 50, G &lt; B &lt; 90). Lips, hair, skin and shadows never satisfy all four.
    /// </summary>
    public static int MouthInteriorPixels(byte[] rgba)
    {
        int count = 0;
        for (int i = 0; i < rgba.Length; i += 4)
        {
            int r = rgba[i], g = rgba[i + 1], b = rgba[i + 2];
            if (g < 45 && r - g > 50 && b > g && b < 90) count++;
        }
        return count;
    }

    /// <summary>RGBA → the Media project's RGB frame.</summary>
    public static RgbFrame ToRgb(byte[] rgba, int width, int height)
    {
        var rgb = new byte[width * height * 3];
        for (int p = 0, q = 0; p < rgba.Length; p += 4, q += 3)
        {
            rgb[q] = rgba[p];
            rgb[q + 1] = rgba[p + 1];
            rgb[q + 2] = rgba[p + 2];
        }
        return new RgbFrame(width, height, rgb);
    }

    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    public static double MeanAbsDiff(float[] a, float[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += Math.Abs(a[i] - b[i]);
        return s / a.Length;
    }
}
