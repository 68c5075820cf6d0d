namespace TcWgan.MLNet.Media;

/// <summary>
/// Face frames given as image files (already cropped to the face): read with ML.NET's <see cref="MLImage"/> and
/// resized to 28 × 28 by area averaging, as (3, 28, 28) CHW floats in [0, 1].
/// </summary>
public static class ImageFrames
{
    /// <summary>File extensions read from a frame folder (case-insensitive).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".png", ".jpg", ".jpeg", ".bmp"];

    /// <summary>The image files of <paramref name="folder"/>, in ordinal name order.</summary>
    public static IReadOnlyList<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToArray();

    /// <summary>Reads every frame of <paramref name="folder"/>; throws <see cref="ClipException"/> when one cannot be read.</summary>
    public static float[][] Load(string folder) => FilesIn(folder).Select(LoadFrame).ToArray();

    /// <summary>One image file as a (3, 28, 28) CHW frame in [0, 1].</summary>
    public static float[] LoadFrame(string path)
    {
        MLImage image;
        try
        {
            image = MLImage.CreateFromFile(path);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
        {
            throw new ClipException(path, SkipReason.DecodeFailed, $"image could not be read: {e.Message}", e);
        }
        using (image) return ToFrame(image);
    }

    /// <summary>
    /// Area-average resize of an <see cref="MLImage"/> to a (3, 28, 28) frame. Reads <see cref="MLImage.GetBGRPixels"/>
    /// (<see cref="MLImage.Pixels"/> fails under the SkiaSharp 3 the solution ships).
    /// </summary>
    public static float[] ToFrame(MLImage image)
    {
        int w = image.Width, h = image.Height, side = Shapes.FaceSize;
        byte[] pixels = image.GetBGRPixels;                            // (h, w, 3) interleaved B, G, R
        var frame = new float[Shapes.FrameLength];                     // (3, 28, 28)
        for (int y = 0; y < side; y++)
        {
            int y0 = y * h / side, y1 = Math.Max(y0 + 1, (y + 1) * h / side);
            for (int x = 0; x < side; x++)
            {
                int x0 = x * w / side, x1 = Math.Max(x0 + 1, (x + 1) * w / side);
                double r = 0, g = 0, b = 0;
                for (int yy = y0; yy < y1; yy++)
                for (int xx = x0; xx < x1; xx++)
                {
                    int p = (yy * w + xx) * 3;
                    b += pixels[p];
                    g += pixels[p + 1];
                    r += pixels[p + 2];
                }
                double n = (y1 - y0) * (x1 - x0) * 255.0;
                int o = y * side + x;
                frame[o] = (float)(r / n);
                frame[side * side + o] = (float)(g / n);
                frame[2 * side * side + o] = (float)(b / n);
            }
        }
        return frame;
    }
}
