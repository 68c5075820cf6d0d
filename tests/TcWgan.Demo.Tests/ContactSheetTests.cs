using SkiaSharp;
using TcWgan.TestSupport;

namespace TcWgan.Demo.Tests;

public sealed class ContactSheetTests
{
    [Fact]
    public void Sheet_has_one_column_per_emotion_with_a_face_and_a_spectrogram()
    {
        using var dir = new TempDir();
        string png = dir.Combine("sheet.png");
        ContactSheet.Write(png, new DemoCorpusOptions { Preset = DemoPreset.Tiny, Seed = 2 });
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(6 * 168, bitmap.Width);
        // Each column's face area is not blank, and its spectrogram strip has varied colours.
        for (int col = 0; col < 6; col++)
        {
            var face = bitmap.GetPixel(col * 168 + 84, 22 + 84);
            Assert.NotEqual(new SKColor(250, 250, 250), face);
            var colours = Enumerable.Range(0, 150).Select(x => bitmap.GetPixel(col * 168 + 9 + x, bitmap.Height - 40)).Distinct().Count();
            Assert.True(colours > 10, $"column {col}: {colours} colours in the spectrogram");
        }
    }
}
