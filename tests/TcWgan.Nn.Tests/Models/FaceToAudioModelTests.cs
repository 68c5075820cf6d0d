namespace TcWgan.Nn.Tests;

/// <summary>Generation determinism, batch independence and persistence of <see cref="FaceToAudioModel"/>.</summary>
public class FaceToAudioModelTests(TinyModelFixture fixture) : IClassFixture<TinyModelFixture>
{
    private float[] Windows(params int[] indices) => indices.SelectMany(i => fixture.Data.Windows[i].Select(b => b / 255f)).ToArray();

    private static float[] Row(float[] batch, int i) =>
        batch.AsSpan(i * Shapes.SpectrogramLength, Shapes.SpectrogramLength).ToArray();

    private static void AssertClose(float[] a, float[] b, double tolerance = 1e-5)
    {
        Assert.Equal(a.Length, b.Length);
        double worst = a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
        Assert.True(worst <= tolerance, $"largest difference {worst}");
    }

    [Fact]
    public void GenerateIsDeterministicPerSeedAndInRange()
    {
        var model = fixture.Model;
        var windows = Windows(0, 1, 2);
        var first = model.Generate(windows, [0, 1, 2], [7, 8, 9]);
        var again = model.Generate(windows, [0, 1, 2], [7, 8, 9]);
        Assert.Equal(3 * Shapes.SpectrogramLength, first.Length);
        Assert.Equal(first, again);
        Assert.All(first, v => Assert.InRange(v, -1f, 1f));
        var otherSeed = model.Generate(Windows(0), [0], [70]);
        Assert.NotEqual(Row(first, 0), otherSeed);
    }

    [Fact]
    public void ASamplesOutputDoesNotDependOnTheRestOfTheBatch()
    {
        var model = fixture.Model;
        var batch = model.Generate(Windows(3, 4, 5, 6), [2, 0, 1, 2], [100, 200, 300, 400]);
        var alone = model.Generate(Windows(5), [1], [300]);
        AssertClose(Row(batch, 2), alone);
        var reordered = model.Generate(Windows(6, 5), [2, 1], [400, 300]);
        AssertClose(Row(batch, 2), Row(reordered, 1));
        AssertClose(Row(batch, 3), Row(reordered, 0));
    }

    [Fact]
    public void TheEmotionConditionChangesTheOutput()
    {
        var a = fixture.Model.Generate(Windows(0), [0], [1]);
        var b = fixture.Model.Generate(Windows(0), [5], [1]);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void BadArgumentsAreClearErrors()
    {
        var model = fixture.Model;
        Assert.Contains("seeds", Assert.Throws<ArgumentException>(() => model.Generate(Windows(0), [0], [1, 2])).Message);
        Assert.Contains("(10, 3, 28, 28)", Assert.Throws<ArgumentException>(() => model.Generate(new float[10], [0], [1])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Generate(Windows(0), [6], [1]));
        Assert.Empty(model.Generate(ReadOnlySpan<float>.Empty, ReadOnlySpan<int>.Empty, ReadOnlySpan<long>.Empty));
    }

    [Fact]
    public void SaveAndLoadGiveTheSameOutputsOptionsAndHistory()
    {
        var model = fixture.Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        using var loaded = FaceToAudioModel.Load(stream, "cpu");
        var windows = Windows(0, 1);
        Assert.Equal(model.Generate(windows, [1, 2], [5, 6]), loaded.Generate(windows, [1, 2], [5, 6]));
        Assert.Equal(model.Options, loaded.Options);
        Assert.Equal(model.History, loaded.History);
        Assert.Equal(model.TrainingTime, loaded.TrainingTime);
        Assert.Equal("cpu", loaded.DeviceName);
    }

    [Fact]
    public void DamagedTruncatedOrForeignStreamsAreClearErrors()
    {
        using var stream = new MemoryStream();
        fixture.Model.Save(stream);
        var bytes = stream.ToArray();

        var flipped = (byte[])bytes.Clone();
        flipped[bytes.Length / 3] ^= 0xFF;
        Assert.Contains("damaged", Assert.Throws<ContainerFormatException>(() => FaceToAudioModel.Load(new MemoryStream(flipped), "cpu")).Message);

        var truncated = bytes.AsSpan(0, bytes.Length / 2).ToArray();
        Assert.Throws<ContainerFormatException>(() => FaceToAudioModel.Load(new MemoryStream(truncated), "cpu"));
        Assert.Contains("truncated", Assert.Throws<ContainerFormatException>(() => FaceToAudioModel.Load(new MemoryStream(bytes.AsSpan(0, 10).ToArray()), "cpu")).Message);

        var foreign = (byte[])bytes.Clone();
        "TCWGANQC"u8.CopyTo(foreign);
        Assert.Contains("not a TCWGANFA", Assert.Throws<ContainerFormatException>(() => FaceToAudioModel.Load(new MemoryStream(foreign), "cpu")).Message);
    }
}
