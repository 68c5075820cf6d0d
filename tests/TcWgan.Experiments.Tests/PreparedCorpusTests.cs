using TcWgan.Data;
using TcWgan.Experiments.Corpus;

namespace TcWgan.Experiments.Tests;

public class PreparedCorpusTests
{
    private static PreparedClip Clip(Emotion emotion, int windows) => new(
        new ClipRecord($"{emotion}-{windows}", "v.flv", "a.wav", emotion, "s1"),
        Enumerable.Range(0, Shapes.WindowFrames + Shapes.WindowStride * (windows - 1)).Select(_ => new float[Shapes.FrameLength]).ToArray(),
        new float[Shapes.SpectrogramLength], VariantRecipe.None);

    [Fact]
    public void AFoldCountsItsClipsPerEmotionAndPartAndItsWindows()
    {
        var fold = new PreparedFold(0, [Clip(Emotion.Anger, 3), Clip(Emotion.Anger, 2), Clip(Emotion.Sadness, 1)],
            [Clip(Emotion.Fear, 1)], [Clip(Emotion.Anger, 4)]);
        var counts = fold.ClipsPerEmotion();
        Assert.Equal(Emotions.All, counts.Select(c => c.Emotion));
        Assert.Equal((Emotion.Anger, 2, 0, 1), counts.Single(c => c.Emotion == Emotion.Anger));
        Assert.Equal((Emotion.Fear, 0, 1, 0), counts.Single(c => c.Emotion == Emotion.Fear));
        Assert.Equal(5, counts.Sum(c => c.Train + c.Validation + c.Test));
        Assert.Equal(11, fold.Windows);
    }

    [Fact]
    public void SkippedClipsAreCountedPerReasonWithTheFirstAsExample()
    {
        var corpus = new PreparedCorpus("x", [], [new("b.flv", SkipReason.NoFaceFound, ""), new("a.flv", SkipReason.Damaged, ""),
            new("c.flv", SkipReason.NoFaceFound, "")], 0);
        Assert.Equal([(SkipReason.NoFaceFound, 2, "b.flv"), (SkipReason.Damaged, 1, "a.flv")], corpus.SkippedPerReason());
    }
}
