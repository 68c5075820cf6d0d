namespace TcWgan.Metrics.Tests;

public class ResNet18FeaturesTests(ResNet18FeaturesFixture fixture) : IClassFixture<ResNet18FeaturesFixture>
{
    private readonly ResNet18Features _extractor = fixture.Extractor;

    private static float[] Noise(int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, Shapes.SpectrogramLength).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
    }

    // A smooth, spectrogram-like image: energy falling with mel band, a few harmonics moving over time.
    private static float[] Smooth()
    {
        var x = new float[Shapes.SpectrogramLength];
        for (int c = 0; c < 3; c++)
        for (int r = 0; r < Shapes.MelBands; r++)
        for (int t = 0; t < Shapes.SpecFrames; t++)
            x[(c * Shapes.MelBands + r) * Shapes.SpecFrames + t] =
                (float)Math.Tanh(Math.Sin(0.3 * r + 0.05 * t * (c + 1)) - r / 28.0);
        return x;
    }

    [Fact]
    public void FeaturesAre512FiniteValuesPerImage()
    {
        var features = _extractor.Extract([Noise(1), Smooth(), new float[Shapes.SpectrogramLength]]);
        Assert.Equal(3, features.Length);
        Assert.All(features, f =>
        {
            Assert.Equal(ResNet18Features.FeatureLength, f.Length);
            Assert.All(f, v => Assert.True(double.IsFinite(v)));
            Assert.Contains(f, v => v != 0);
        });
    }

    [Fact]
    public void IdenticalImagesGiveIdenticalFeaturesAcrossBatchesAndCalls()
    {
        var image = Noise(2);
        var batch = _extractor.Extract([image, (float[])image.Clone()]);
        var single = _extractor.Extract([image]);
        Assert.Equal(batch[0], batch[1]);
        Assert.Equal(batch[0], single[0]);
    }

    [Fact]
    public void DifferentImagesGiveDifferentFeatures()
    {
        var f = _extractor.Extract([Noise(3), Smooth(), Noise(4)]);
        double Distance(double[] a, double[] b) => Math.Sqrt(a.Zip(b, (u, v) => (u - v) * (u - v)).Sum());
        double Norm(double[] a) => Math.Sqrt(a.Sum(v => v * v));
        Assert.True(Distance(f[0], f[1]) > 0.05 * Norm(f[0]), "noise and smooth images should be far apart");
        Assert.True(Distance(f[0], f[2]) > 0, "two noise images should differ");
        Assert.True(Distance(f[0], f[2]) < Distance(f[0], f[1]), "two noise images should be closer than noise and a smooth image");
    }

    [Fact]
    public void FidOfASetWithItselfIsZeroAndAgainstADifferentSetIsPositive()
    {
        var noise = Enumerable.Range(10, 6).Select(Noise).ToArray();
        var smooth = Enumerable.Range(0, 6).Select(i => Smooth().Select(v => v * (0.5f + 0.1f * i)).ToArray()).ToArray();
        Assert.Equal(0, Fid.Compute(_extractor, noise, noise), 6);
        Assert.True(Fid.Compute(_extractor, noise, smooth) > 1);
    }

    [Fact]
    public void BadImagesAreRejectedWithAReason()
    {
        Assert.Contains("expected", Assert.Throws<ArgumentException>(() => _extractor.Extract([new float[10]])).Message);
        var loud = Noise(5);
        loud[100] = 3f;
        Assert.Contains("outside", Assert.Throws<ArgumentException>(() => _extractor.Extract([loud])).Message);
        Assert.Empty(_extractor.Extract([]));
    }

    [Fact]
    public void MissingModelFilesNameThePath()
    {
        string folder = Path.Combine(Path.GetTempPath(), "tcwgan-no-models-" + Guid.NewGuid().ToString("N"));
        var options = new ResNet18FeaturesOptions { ModelDirectory = folder };
        Assert.Equal(2, options.Validate().Count);
        var ex = Assert.Throws<FileNotFoundException>(() => new ResNet18Features(options));
        Assert.Contains(Path.Combine(folder, "ResNet18Onnx", "ResNet18.onnx"), ex.Message);
    }

    [Fact]
    public void DefaultModelDirectoryHoldsThePackagedModels()
    {
        Assert.Empty(new ResNet18FeaturesOptions().Validate());
    }

    [Fact]
    public void NetworkInputMapsTheValueRangeToPixels()
    {
        var low = ResNet18Features.ToNetworkInput(Enumerable.Repeat(-1f, Shapes.SpectrogramLength).ToArray(), 28, 112);
        var high = ResNet18Features.ToNetworkInput(Enumerable.Repeat(1f, Shapes.SpectrogramLength).ToArray(), 28, 112);
        var mid = ResNet18Features.ToNetworkInput(new float[Shapes.SpectrogramLength], 28, 112);
        Assert.Equal(ResNet18Features.InputLength, low.Length);
        Assert.All(low, v => Assert.Equal(0f, v));
        Assert.All(high, v => Assert.Equal(255f, v));
        Assert.All(mid, v => Assert.Equal(127.5f, v));
    }
}
