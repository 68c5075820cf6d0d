using SkiaSharp;
using TcWgan.Dsp;

namespace TcWgan.Demo;

/// <summary>
/// A PNG for people to look at: one column per emotion, each with the face (cropped around the head at the
/// frame where the mouth is widest) and the clip's colour-mapped log-mel spectrogram (TcWgan.Dsp, 28 × 112),
/// for one actor and sentence of a corpus's plan.
/// </summary>
public static class ContactSheet
{
    private const int Column = 168;
    private const int Label = 22;
    private const int SpecHeight = 84;

    /// <summary>
    /// Renders the sheet for actor number <paramref name="actorIndex"/> (0-based) of the plan of
    /// <paramref name="options"/> and writes it to <paramref name="pngPath"/>. Nothing else is written.
    /// </summary>
    public static void Write(string pngPath, DemoCorpusOptions options, int actorIndex = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pngPath);
        var plan = CorpusPlan.Create(options);
        if (actorIndex < 0 || actorIndex >= plan.Actors.Count)
            throw new ArgumentOutOfRangeException(nameof(actorIndex), actorIndex, $"The plan has {plan.Actors.Count} actors.");
        var actor = plan.Actors[actorIndex];
        var clips = Emotions.All.Select(e => plan.Clips
            .Where(c => c.Actor == actor && c.Emotion == e)
            .OrderByDescending(c => c.Intensity.Scale()).First()).ToArray();

        var voice = new VoiceSynthesizer();
        var spectrograms = new SpectrogramExtractor(new SpectrogramOptions { Kind = SpectrogramKind.ColourMapped });
        using var renderer = new FaceRenderer(options.Width, options.Height);
        using var sheet = new SKBitmap(Column * clips.Length, Label + Column + SpecHeight);
        using var canvas = new SKCanvas(sheet);
        canvas.Clear(new SKColor(250, 250, 250));
        using var font = new SKFont(SKTypeface.Default, 14);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None);

        for (int col = 0; col < clips.Length; col++)
        {
            var content = ClipContent.Create(clips[col], options.Seed, voice);
            int peak = Array.IndexOf(content.MouthOpening, content.MouthOpening.Max());
            using var frame = renderer.Render(actor, content.Expression, content.MouthOpening[peak], content.Poses[peak], content.Scene);
            using var frameImage = SKImage.FromBitmap(frame);
            float side = 0.8f * options.Height, cx = options.Width / 2f, cy = options.Height * 0.47f;
            var crop = new SKRect(cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2);
            float x = col * Column;
            canvas.DrawText(clips[col].Emotion.Name(), x + 6, Label - 6, SKTextAlign.Left, font, ink);
            canvas.DrawImage(frameImage, crop, new SKRect(x, Label, x + Column, Label + Column), sampling, null);

            using var spec = SpectrogramBitmap(spectrograms.Compute(content.Utterance.Samples), spectrograms.Options);
            using var specImage = SKImage.FromBitmap(spec);
            canvas.DrawImage(specImage, new SKRect(x + 2, Label + Column + 2, x + Column - 2, Label + Column + SpecHeight - 2),
                sampling, null);
        }
        string? dir = Path.GetDirectoryName(Path.GetFullPath(pngPath));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var data = sheet.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(pngPath);
        data.SaveTo(file);
    }

    /// <summary>An image (3, bands, frames) in [−1, 1] as a bitmap, lowest band at the bottom.</summary>
    private static SKBitmap SpectrogramBitmap(float[] image, SpectrogramOptions o)
    {
        int bands = o.MelBands, frames = o.Frames, plane = bands * frames;
        var bitmap = new SKBitmap(frames, bands);
        for (int b = 0; b < bands; b++)
        for (int t = 0; t < frames; t++)
        {
            byte C(int ch) => (byte)Math.Clamp(Math.Round((image[ch * plane + b * frames + t] + 1) * 127.5), 0, 255);
            bitmap.SetPixel(t, bands - 1 - b, new SKColor(C(0), C(1), C(2)));
        }
        return bitmap;
    }
}
