using TcWgan.Dsp;

namespace TcWgan.Experiments.Samples;

/// <summary>
/// Saved spectrograms back to sound: a <c>.f32</c> spectrogram, a folder of them (searched recursively, e.g. a run
/// folder's <c>samples/</c>), or a <c>.wav</c> (its own spectrogram is inverted, to hear what the representation
/// keeps). Each becomes a 16 kHz WAV through mel inversion and Griffin-Lim.
/// </summary>
public static class SampleAudio
{
    /// <summary>One written WAV: the spectrogram it came from, the file and its duration.</summary>
    public sealed record Written(string Source, string Target, double Seconds);

    /// <summary>
    /// Inverts everything at <paramref name="input"/> into <paramref name="outputFolder"/> (a folder's files are named
    /// after their path inside it), one file at a time as it is written; <paramref name="seconds"/> is the duration of
    /// a spectrogram that does not record one.
    /// </summary>
    public static IEnumerable<Written> ToWavs(string input, string outputFolder, double seconds, int iterations)
    {
        input = Path.GetFullPath(input);
        outputFolder = Path.GetFullPath(outputFolder);
        bool folder = Directory.Exists(input);
        var sources = folder
            ? Directory.GetFiles(input, "*.f32", SearchOption.AllDirectories).Order().ToArray()
            : File.Exists(input) ? [input] : throw new FileNotFoundException($"Nothing to listen to at {input}", input);
        if (sources.Length == 0) throw new FileNotFoundException($"No .f32 spectrograms under {input}");
        Directory.CreateDirectory(outputFolder);
        var options = new SpectrogramOptions();
        var inverter = new MelInverter(options);
        foreach (string source in sources)
        {
            var (image, recorded) = source.EndsWith(".wav", StringComparison.OrdinalIgnoreCase) ? FromWav(source, options) : SpectrogramFile.Read(source);
            double duration = recorded > 0 ? recorded : seconds;
            float[] audio = inverter.ToAudio(image, duration, iterations, seed: 1);
            string relative = folder ? Path.GetRelativePath(input, source) : Path.GetFileName(source);
            string target = Path.Combine(outputFolder, Path.ChangeExtension(relative.Replace(Path.DirectorySeparatorChar, '_'), ".wav"));
            Wav.Write(target, audio, options.SampleRate);
            yield return new Written(source, target, duration);
        }
    }

    private static (float[] Image, double Seconds) FromWav(string path, SpectrogramOptions options)
    {
        var (samples, rate) = Wav.Read(path);
        if (rate != options.SampleRate)
            throw new InvalidDataException($"{path}: {rate} Hz; listen expects {options.SampleRate} Hz WAV files.");
        return (new SpectrogramExtractor(options).Compute(samples), samples.Length / (double)rate);
    }
}
