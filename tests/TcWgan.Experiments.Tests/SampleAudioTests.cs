using TcWgan.Dsp;
using TcWgan.Experiments.Samples;
using TcWgan.TestSupport;

namespace TcWgan.Experiments.Tests;

public class SampleAudioTests
{
    [Fact]
    public void AFolderOfSpectrogramsBecomesWavFilesNamedAfterTheirPathsAndDurations()
    {
        using var dir = new TempDir();
        var options = new SpectrogramOptions();
        // A 440 Hz tone of 1.5 s: its own spectrogram, saved as a run would save a sample.
        var tone = Enumerable.Range(0, (int)(1.5 * options.SampleRate)).Select(i => 0.3f * MathF.Sin(2 * MathF.PI * 440 * i / options.SampleRate)).ToArray();
        var image = new SpectrogramExtractor(options).Compute(tone);
        Directory.CreateDirectory(dir.Combine("samples", "row.seed1"));
        SpectrogramFile.Write(dir.Combine("samples", "row.seed1", "anger.real.f32"), image, 1.5);
        SpectrogramFile.Write(dir.Combine("samples", "row.seed1", "anger.generated.f32"), image, 0); // no duration recorded

        var written = SampleAudio.ToWavs(dir.Combine("samples"), dir.Combine("wavs"), seconds: 2, iterations: 8).ToList();

        Assert.Equal(["row.seed1_anger.generated.wav", "row.seed1_anger.real.wav"], written.Select(w => Path.GetFileName(w.Target)));
        Assert.Equal([2.0, 1.5], written.Select(w => w.Seconds));
        var (audio, rate) = Wav.Read(written[1].Target);
        Assert.Equal(options.SampleRate, rate);
        Assert.InRange(audio.Length, (int)(1.4 * rate), (int)(1.6 * rate));
        Assert.True(audio.Max(MathF.Abs) > 0.01f, "the inverted tone is silent");
    }

    [Fact]
    public void NothingToListenToIsAClearError()
    {
        using var dir = new TempDir();
        Assert.Contains("Nothing to listen to", Assert.Throws<FileNotFoundException>(() => SampleAudio.ToWavs(dir.Combine("missing"), dir.Path, 2, 8).ToList()).Message);
        Assert.Contains("No .f32 spectrograms", Assert.Throws<FileNotFoundException>(() => SampleAudio.ToWavs(dir.Path, dir.Combine("out"), 2, 8).ToList()).Message);
    }
}
