namespace TcWgan.Nn.Tests;

/// <summary>
/// A trivially separable audio-visual set: clip c has emotion c mod <c>classes</c>; its face windows have a
/// brightness set by the emotion, its spectrogram a bright mel band at a height set by the emotion (−0.8 elsewhere).
/// </summary>
internal static class SyntheticData
{
    public const int WindowsPerClip = 2;

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

    /// <summary><paramref name="clips"/> clips of <see cref="WindowsPerClip"/> windows each.</summary>
    public static GanDataset Create(int clips, int classes, int seed, float spectrogramScale = 1)
    {
        var random = new Random(seed);
        var data = new GanDataset();
        for (int clip = 0; clip < clips; clip++)
        {
            int emotion = clip % classes;
            int index = data.AddClip(Spectrogram(emotion, random, spectrogramScale), emotion);
            for (int w = 0; w < WindowsPerClip; w++) data.AddWindow(index, Window(emotion, random));
        }
        return data;
    }

    /// <summary>The windows of <paramref name="data"/> as [0, 1] floats, flattened, and each window's clip emotion.</summary>
    public static (float[] Windows, int[] Emotions) WindowsOf(GanDataset data) =>
        (data.Windows.SelectMany(w => w.Select(b => b / 255f)).ToArray(), data.WindowClips.Select(c => data.Labels[c]).ToArray());

    /// <summary>Tiny CPU settings: everything runs in well under a second per few steps.</summary>
    public static GanOptions TinyOptions(string? checkpointDirectory, EncoderKind encoder = EncoderKind.Lstm) =>
        GanOptions.FromPreset(GanPreset.WganGp) with
        {
            Encoder = encoder, Width = 0.0625, BatchSize = 8, CriticSteps = 2,
            EncoderPretrainSteps = 3, ClassifierSteps = 3, Steps = 6, Dropout = 0.1, ReportEvery = 1,
            Device = "cpu", Seed = 5, CheckpointDirectory = checkpointDirectory, CheckpointEvery = 4,
        };
}
