using SkiaSharp;

namespace TcWgan.Experiments.Reporting;

/// <summary>
/// The paper's Fig. 3: real spectrograms (top row) over generated ones (bottom row), one column per emotion.
/// Shows channel 0 (log-mel) of each (3, 28, 112) image through a colour map, low frequencies at the bottom.
/// </summary>
public static class SpectrogramGridFigure
{
    private const int Scale = 3;
    private const int Gap = 6;
    private const int LabelHeight = 18;

    /// <summary>Writes the grid; <paramref name="real"/> and <paramref name="generated"/> hold one image per emotion (null = none).</summary>
    public static void Write(string pngPath, IReadOnlyList<float[]?> real, IReadOnlyList<float[]?> generated, string title)
    {
        int cellW = Shapes.SpecFrames * Scale, cellH = Shapes.MelBands * Scale;
        int cols = Emotions.Count;
        int width = cols * (cellW + Gap) + Gap;
        int height = LabelHeight * 2 + 2 * (cellH + Gap) + Gap;
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 13);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(title + " — top: real, bottom: generated", Gap, LabelHeight - 4, font, ink);
        for (int c = 0; c < cols; c++)
        {
            int x = Gap + c * (cellW + Gap);
            canvas.DrawText(Emotions.Names[c], x, LabelHeight * 2 - 4, font, ink);
            DrawCell(canvas, real.ElementAtOrDefault(c), x, LabelHeight * 2, cellW, cellH);
            DrawCell(canvas, generated.ElementAtOrDefault(c), x, LabelHeight * 2 + cellH + Gap, cellW, cellH);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(pngPath);
        data.SaveTo(file);
    }

    private static void DrawCell(SKCanvas canvas, float[]? spectrogram, int x, int y, int w, int h)
    {
        if (spectrogram is null)
        {
            using var grey = new SKPaint { Color = SKColors.LightGray };
            canvas.DrawRect(x, y, w, h, grey);
            return;
        }
        using var bitmap = new SKBitmap(Shapes.SpecFrames, Shapes.MelBands);
        for (int band = 0; band < Shapes.MelBands; band++)
        for (int t = 0; t < Shapes.SpecFrames; t++)
        {
            float v = spectrogram[band * Shapes.SpecFrames + t]; // channel 0, [-1, 1]
            bitmap.SetPixel(t, Shapes.MelBands - 1 - band, Colour((v + 1) / 2));
        }
        canvas.DrawBitmap(bitmap, new SKRect(x, y, x + w, y + h));
    }

    // A compact "magma-like" ramp: black → purple → orange → pale yellow.
    private static SKColor Colour(float t)
    {
        t = Math.Clamp(t, 0, 1);
        (float r, float g, float b)[] stops = [(0, 0, 0.02f), (0.45f, 0.1f, 0.5f), (0.95f, 0.45f, 0.2f), (0.99f, 0.99f, 0.75f)];
        float s = t * (stops.Length - 1);
        int i = Math.Min((int)s, stops.Length - 2);
        float f = s - i;
        byte Mix(float a, float b) => (byte)Math.Round(255 * (a + (b - a) * f));
        return new SKColor(Mix(stops[i].r, stops[i + 1].r), Mix(stops[i].g, stops[i + 1].g), Mix(stops[i].b, stops[i + 1].b));
    }
}
