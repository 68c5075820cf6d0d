namespace TcWgan.Nn.Tests;

/// <summary>
/// A trivially separable audio-visual set: clip c has emotion c mod <c>classes</c>; its face windows have a
/// brightness set by the emotion, its spectrograms a bright mel band at a height set by the emotion (−0.8 elsewhere).
/// </summary>
internal static class SyntheticData
{
    public const int WindowsPerClip = 2;
    public const int SpectrogramsPerClip = 2;

    public static float[] Spectrogram(int emotion, Random random, float scale = 1)
    {
        var image = new float[Shapes.SpectrogramLength];
        int bandStart = emotion * 4;
        for (int c = 0; c < Shapes.Channels; c++)
            for (int row = 0; row < Shapes.MelBands; row++)
                for (int col = 0; col < Shapes.SpecFrames; col++)
                {
                    float value = row >= bandStart && row < bandStart + 4 ? 0.8f : -0.8f;
                    image[(c * Shapes.MelBands + row) * Shapes.SpecFrames + col] = scale * (value + (float)(random.NextDouble() - 0.5) * 0.1f);
                }
        return image;
    }

    public static float[] Window(int emotion, Random random)
    {
        var window = new float[Shapes.WindowLength];
        float level = 0.1f + 0.15f * emotion;
        for (int i = 0; i < window.Length; i++) window[i] = level + (float)random.NextDouble() * 0.05f;
        return window;
    }

    public static GanDataset Create(int clips, int classes, int seed, float spectrogramScale = 1)
    {
        var random = new Random(seed);
        var windows = new List<float[]>(); var windowLabels = new List<int>();
        var spectrograms = new List<float[]>(); var spectrogramLabels = new List<int>();
        var pairs = new List<(int, int)>();
        for (int clip = 0; clip < clips; clip++)
        {
            int emotion = clip % classes;
            int firstWindow = windows.Count, firstSpectrogram = spectrograms.Count;
            for (int w = 0; w < WindowsPerClip; w++) { windows.Add(Window(emotion, random)); windowLabels.Add(emotion); }
            for (int s = 0; s < SpectrogramsPerClip; s++) { spectrograms.Add(Spectrogram(emotion, random, spectrogramScale)); spectrogramLabels.Add(emotion); }
            for (int w = 0; w < WindowsPerClip; w++)
                for (int s = 0; s < SpectrogramsPerClip; s++) pairs.Add((firstWindow + w, firstSpectrogram + s));
        }
        return new GanDataset(windows, windowLabels, spectrograms, spectrogramLabels, pairs);
    }

    /// <summary>Tiny CPU settings: everything runs in well under a second per few steps.</summary>
    public static GanOptions TinyOptions(string? checkpointDirectory, EncoderKind encoder = EncoderKind.Lstm) =>
        GanOptions.FromPreset(GanPreset.WganGp) with
        {
            Encoder = encoder, Width = 0.0625, BatchSize = 8, CriticSteps = 2,
            EncoderPretrainSteps = 3, ClassifierSteps = 3, Steps = 6, Dropout = 0.1,
            Device = "cpu", Seed = 5, CheckpointDirectory = checkpointDirectory, CheckpointEvery = 4,
        };
}
