using TcWgan.Experiments.Samples;
using TcWgan.TestSupport;

namespace TcWgan.Experiments.Tests;

public class SpectrogramFileTests
{
    [Fact]
    public void RoundTripKeepsValuesAndDuration()
    {
        using var dir = new TempDir();
        var image = Enumerable.Range(0, Shapes.SpectrogramLength).Select(i => (float)Math.Sin(i)).ToArray();
        string path = dir.Combine("x.f32");
        SpectrogramFile.Write(path, image, 2.5);
        var (back, seconds) = SpectrogramFile.Read(path);
        Assert.Equal(image, back);
        Assert.Equal(2.5, seconds, 6);
    }

    [Fact]
    public void TruncatedOrForeignFilesAreClearErrors()
    {
        using var dir = new TempDir();
        string path = dir.Combine("x.f32");
        SpectrogramFile.Write(path, new float[Shapes.SpectrogramLength], 1);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => SpectrogramFile.Read(path)).Message);
        File.WriteAllText(path, "not a spectrogram");
        Assert.Contains(path, Assert.Throws<InvalidDataException>(() => SpectrogramFile.Read(path)).Message);
    }
}
