namespace TcWgan.MLNet.Media;

/// <summary>Spectrogram columns as pictures through ML.NET's <see cref="MLImage"/>.</summary>
public static class SpectrogramImages
{
    /// <summary>
    /// An RGBA image of a (3, 28, 112) spectrogram in [−1, 1]: channel c → colour c, value v → byte round((v + 1) · 127.5),
    /// row 0 (lowest mel band) drawn at the bottom. NaN values are drawn black.
    /// </summary>
    public static MLImage ToImage(ReadOnlySpan<float> spectrogram, int melBands = Shapes.MelBands, int frames = Shapes.SpecFrames)
    {
        if (spectrogram.Length != Shapes.Channels * melBands * frames)
            throw new ArgumentException($"Expected {Shapes.Channels}×{melBands}×{frames} floats, got {spectrogram.Length}.",
                nameof(spectrogram));
        var rgba = new byte[melBands * frames * 4];
        int plane = melBands * frames;
        for (int row = 0; row < melBands; row++)
        for (int col = 0; col < frames; col++)
        {
            int src = row * frames + col;
            int dst = ((melBands - 1 - row) * frames + col) * 4;
            for (int c = 0; c < Shapes.Channels; c++) rgba[dst + c] = ToByte(spectrogram[c * plane + src]);
            rgba[dst + 3] = 255;
        }
        return MLImage.CreateFromPixels(frames, melBands, MLPixelFormat.Rgba32, rgba);
    }

    /// <summary>Saves a spectrogram as a PNG (or any format the extension names) via <see cref="MLImage.Save"/>.</summary>
    public static void SavePng(ReadOnlySpan<float> spectrogram, string path)
    {
        using var image = ToImage(spectrogram);
        image.Save(path);
    }

    private static byte ToByte(float v) =>
        float.IsNaN(v) ? (byte)0 : (byte)Math.Clamp(Math.Round((v + 1) * 127.5), 0, 255);
}
