namespace TcWgan.Data.Tests.Pairing;

public sealed class PairingTests
{
    /// <summary>A clip whose tensors are filled with a marker value so tests can tell which clip a tensor came from.</summary>
    internal static PreparedClip FakeClip(string id, Emotion emotion, int windows, int variants, float marker)
    {
        var record = new ClipRecord(id, $"/data/{id}.flv", null, emotion, "1001");
        float[] Filled(int n, float value) => Enumerable.Repeat(value, n).ToArray();
        return new PreparedClip(
            record,
            Enumerable.Range(0, windows).Select(w => Filled(Shapes.WindowLength, marker + w / 100f)).ToArray(),
            Filled(Shapes.SpectrogramLength, -marker),
            Enumerable.Range(0, variants).Select(v => Filled(Shapes.SpectrogramLength, -marker - v / 100f)).ToArray());
    }

    [Fact]
    public void Ten_windows_by_ten_variants_give_one_hundred_pairs_per_clip()
    {
        var clips = new[] { FakeClip("a", Emotion.Anger, 10, 10, 1), FakeClip("b", Emotion.Sadness, 10, 10, 2) };
        var index = new PairIndex(clips);
        Assert.Equal(100, clips[0].PairCount);
        Assert.Equal(200, index.Count);
        Assert.Equal(100, index.Count(p => p.Clip == 0));
        Assert.Equal(200, index.Distinct().Count());
        Assert.All(index, p =>
        {
            Assert.InRange(p.Window, 0, 9);
            Assert.InRange(p.Spectrogram, 0, 9);
        });
        // Window-major order within a clip.
        Assert.Equal(new ClipPair(0, 0, 0), index[0]);
        Assert.Equal(new ClipPair(0, 0, 9), index[9]);
        Assert.Equal(new ClipPair(0, 1, 0), index[10]);
        Assert.Equal(new ClipPair(1, 9, 9), index[199]);
    }

    [Fact]
    public void Uneven_clips_pair_only_within_themselves()
    {
        var clips = new[] { FakeClip("a", Emotion.Fear, 3, 10, 1), FakeClip("b", Emotion.Happiness, 7, 2, 2) };
        var index = new PairIndex(clips);
        Assert.Equal(3 * 10 + 7 * 2, index.Count);
        Assert.All(index, p =>
        {
            Assert.InRange(p.Window, 0, clips[p.Clip].Windows.Length - 1);
            Assert.InRange(p.Spectrogram, 0, clips[p.Clip].AugmentedSpectrograms.Length - 1);
        });
    }

    [Fact]
    public void GanArrays_flatten_windows_spectrograms_labels_and_pairs()
    {
        var clips = new[]
        {
            FakeClip("a", Emotion.Anger, 10, 10, 1),
            FakeClip("b", Emotion.Sadness, 9, 10, 2),
            FakeClip("c", Emotion.Neutral, 10, 4, 3),
        };
        var arrays = GanArrays.FromClips(clips);

        Assert.Equal(29, arrays.Windows.Length);
        Assert.Equal(24, arrays.Spectrograms.Length);
        Assert.Equal(arrays.Windows.Length, arrays.WindowLabels.Length);
        Assert.Equal(arrays.Spectrograms.Length, arrays.SpectrogramLabels.Length);
        Assert.Equal(100 + 90 + 40, arrays.Pairs.Length);
        Assert.Equal(new PairIndex(clips).Count, arrays.Pairs.Length);
        Assert.Equal([.. Enumerable.Repeat(0, 10), .. Enumerable.Repeat(5, 9), .. Enumerable.Repeat(4, 10)], arrays.WindowLabels);
        Assert.Equal([.. Enumerable.Repeat(0, 10), .. Enumerable.Repeat(5, 10), .. Enumerable.Repeat(4, 4)], arrays.SpectrogramLabels);
        Assert.Equal(arrays.Pairs.Length, arrays.Pairs.Distinct().Count());
        foreach (var (w, s) in arrays.Pairs)
        {
            Assert.Equal(arrays.WindowLabels[w], arrays.SpectrogramLabels[s]);
            // Same clip: window marker m + w/100, spectrogram marker −m − v/100.
            Assert.Equal(MathF.Floor(arrays.Windows[w][0]), MathF.Floor(-arrays.Spectrograms[s][0]));
        }
        // Tensors are shared, not copied.
        Assert.Same(clips[1].Windows[0], arrays.Windows[10]);
        Assert.Same(clips[2].AugmentedSpectrograms[3], arrays.Spectrograms[23]);
        Assert.Equal((10, 10), arrays.Pairs[100]);
    }

    [Fact]
    public void GanArrays_can_include_the_clean_spectrogram()
    {
        var clips = new[] { FakeClip("a", Emotion.Disgust, 10, 10, 1) };
        var arrays = GanArrays.FromClips(clips, includeClean: true);
        Assert.Equal(11, arrays.Spectrograms.Length);
        Assert.Same(clips[0].Spectrogram, arrays.Spectrograms[0]);
        Assert.Equal(110, arrays.Pairs.Length);
    }

    [Fact]
    public void Empty_input_gives_empty_arrays()
    {
        var arrays = GanArrays.FromClips([]);
        Assert.Empty(arrays.Windows);
        Assert.Empty(arrays.Pairs);
        Assert.Empty(new PairIndex([]));
    }

    [Fact]
    public void CheckShapes_names_the_file_and_the_wrong_length()
    {
        var good = FakeClip("a", Emotion.Anger, 2, 2, 1);
        good.CheckShapes();
        var bad = good with { AugmentedSpectrograms = [new float[5]] };
        var ex = Assert.Throws<InvalidDataException>(bad.CheckShapes);
        Assert.Contains("/data/a.flv", ex.Message);
        Assert.Contains("has 5 floats", ex.Message);
    }
}
