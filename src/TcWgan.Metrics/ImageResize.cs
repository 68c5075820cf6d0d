namespace TcWgan.Metrics;

/// <summary>Bilinear resizing of channel-first images (half-pixel centres, edge pixels repeated).</summary>
internal static class ImageResize
{
    /// <summary>
    /// Resizes (C, H, W) to (C, outH, outW) into <paramref name="destination"/>, sampling the source at
    /// ((o + ½)·H/outH − ½) along each axis, clamped to the image; each output value is then mapped by
    /// <paramref name="map"/>.
    /// </summary>
    public static void Bilinear(ReadOnlySpan<float> source, int channels, int height, int width,
        Span<float> destination, int outHeight, int outWidth, Func<float, float> map)
    {
        var (r0, r1, rw) = Taps(height, outHeight);
        var (c0, c1, cw) = Taps(width, outWidth);
        for (int c = 0; c < channels; c++)
        {
            var plane = source.Slice(c * height * width, height * width);
            var outPlane = destination.Slice(c * outHeight * outWidth, outHeight * outWidth);
            for (int r = 0; r < outHeight; r++)
            {
                int top = r0[r] * width, bottom = r1[r] * width;
                double fr = rw[r];
                for (int q = 0; q < outWidth; q++)
                {
                    double upper = plane[top + c0[q]] + cw[q] * (plane[top + c1[q]] - plane[top + c0[q]]);
                    double lower = plane[bottom + c0[q]] + cw[q] * (plane[bottom + c1[q]] - plane[bottom + c0[q]]);
                    outPlane[r * outWidth + q] = map((float)(upper + fr * (lower - upper)));
                }
            }
        }
    }

    // For each output index: the two source indices and the weight of the second.
    private static (int[] Lower, int[] Upper, double[] Weight) Taps(int inSize, int outSize)
    {
        var lower = new int[outSize];
        var upper = new int[outSize];
        var weight = new double[outSize];
        double scale = (double)inSize / outSize;
        for (int o = 0; o < outSize; o++)
        {
            double s = Math.Clamp((o + 0.5) * scale - 0.5, 0, inSize - 1);
            int i = (int)Math.Floor(s);
            lower[o] = i;
            upper[o] = Math.Min(i + 1, inSize - 1);
            weight[o] = s - i;
        }
        return (lower, upper, weight);
    }
}
