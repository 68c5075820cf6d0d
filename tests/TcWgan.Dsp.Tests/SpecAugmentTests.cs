namespace TcWgan.Dsp.Tests;

public sealed class SpecAugmentTests
{
    private const int Plane = Shapes.MelBands * Shapes.SpecFrames;

    /// <summary>A (3, 28, 112) image with distinct non-zero values, varying smoothly along time.</summary>
    private static float[] Image()
    {
        var x = new float[Shapes.SpectrogramLength];
        for (int c = 0; c < 3; c++)
            for (int b = 0; b < Shapes.MelBands; b++)
                for (int t = 0; t < Shapes.SpecFrames; t++)
                    x[c * Plane + b * Shapes.SpecFrames + t] = 0.1f + 0.8f * (float)(0.5 + 0.5 * Math.Sin(0.13 * t + 0.7 * b + c));
        return x;
    }

    [Fact]
    public void VariantsAreReproducibleForASeed()
    {
        var options = new SpecAugmentOptions();
        var a = SpecAugment.Variants(Image(), 10, options, seed: 42);
        var b = SpecAugment.Variants(Image(), 10, options, seed: 42);
        Assert.Equal(10, a.Length);
        for (int i = 0; i < 10; i++) Assert.Equal(a[i], b[i]);
        // The first k variants do not depend on how many were asked for.
        Assert.Equal(a[3], SpecAugment.Variants(Image(), 4, options, seed: 42)[3]);
    }

    [Fact]
    public void VariantsDifferAcrossIndicesAndSeeds()
    {
        var options = new SpecAugmentOptions();
        var a = SpecAugment.Variants(Image(), 10, options, seed: 1);
        var b = SpecAugment.Variants(Image(), 10, options, seed: 2);
        for (int i = 0; i < 10; i++)
        {
            Assert.NotEqual(a[i], b[i]);
            for (int j = i + 1; j < 10; j++) Assert.NotEqual(a[i], a[j]);
        }
    }

    [Fact]
    public void InputIsNotModifiedAndValuesStayInRange()
    {
        var image = Image();
        var copy = (float[])image.Clone();
        var variants = SpecAugment.Variants(image, 10, new SpecAugmentOptions { TimeWarp = 20, Fill = MaskFill.Zero }, 5);
        Assert.Equal(copy, image);
        Assert.All(variants, v => Assert.All(v, x => Assert.InRange(x, 0f, 0.9f + 1e-6f)));
    }

    [Fact]
    public void MasksStayWithinTheirLimits()
    {
        // No warp and zero fill: the only zeros are masked cells, whole rows or whole columns.
        var options = new SpecAugmentOptions { TimeWarp = 0, Fill = MaskFill.Zero };
        int maxT = options.MaxTimeMaskFrames(Shapes.SpecFrames);
        Assert.Equal(10, maxT);
        int maskedSomewhere = 0;
        for (int seed = 0; seed < 50; seed++)
        {
            var v = SpecAugment.Apply(Image(), options, new Random(seed));
            var zeroRows = Enumerable.Range(0, Shapes.MelBands)
                .Count(b => Enumerable.Range(0, Shapes.SpecFrames).All(t => Signals.At(v, 0, b, t) == 0));
            var zeroCols = Enumerable.Range(0, Shapes.SpecFrames)
                .Count(t => Enumerable.Range(0, Shapes.MelBands).All(b => Signals.At(v, 0, b, t) == 0));
            int zeroCells = v.Take(Plane).Count(x => x == 0);
            Assert.True(zeroRows <= options.FrequencyMasks * options.FrequencyMaskWidth, $"seed {seed}: {zeroRows} rows masked");
            Assert.True(zeroCols <= options.TimeMasks * maxT, $"seed {seed}: {zeroCols} columns masked");
            // Every zero lies in a fully masked row or column, and all three channels share the masks.
            Assert.Equal(zeroRows * Shapes.SpecFrames + zeroCols * Shapes.MelBands - zeroRows * zeroCols, zeroCells);
            for (int c = 1; c < 3; c++) Assert.Equal(zeroCells, v.Skip(c * Plane).Take(Plane).Count(x => x == 0));
            if (zeroCells > 0) maskedSomewhere++;
        }
        Assert.True(maskedSomewhere > 40);
    }

    [Fact]
    public void ChannelMeanFillUsesEachChannelsMean()
    {
        var image = new float[Shapes.SpectrogramLength];
        for (int c = 0; c < 3; c++) Array.Fill(image, c - 1f, c * Plane, Plane);   // channel means −1, 0, 1
        image[5] = 1f;                                                               // nudges channel 0's mean
        var options = new SpecAugmentOptions { TimeWarp = 0, FrequencyMasks = 0, TimeMasks = 1, TimeMaskWidth = 20, TimeMaskCap = 1 };
        float mean0 = (-1f * (Plane - 1) + 1f) / Plane;
        bool sawMask = false;
        for (int seed = 0; seed < 10; seed++)
        {
            var v = SpecAugment.Apply(image, options, new Random(seed));
            for (int t = 0; t < Shapes.SpecFrames; t++)
                if (Math.Abs(Signals.At(v, 0, 3, t) - mean0) < 1e-6) { sawMask = true; Assert.Equal(0f, Signals.At(v, 1, 3, t)); Assert.Equal(1f, Signals.At(v, 2, 3, t)); }
        }
        Assert.True(sawMask);
    }

    [Fact]
    public void TimeWarpKeepsEndsAndMovesTheMiddle()
    {
        // A time ramp (value = t / 111): warping keeps both end columns and stays monotone.
        var ramp = new float[Shapes.SpectrogramLength];
        for (int r = 0; r < 3 * Shapes.MelBands; r++)
            for (int t = 0; t < Shapes.SpecFrames; t++) ramp[r * Shapes.SpecFrames + t] = t / 111f;
        var options = new SpecAugmentOptions { FrequencyMasks = 0, TimeMasks = 0 };
        var v = SpecAugment.Apply(ramp, options, new Random(9));
        Assert.Equal(0f, v[0]);
        Assert.Equal(1f, v[Shapes.SpecFrames - 1], 1e-6f);
        for (int t = 1; t < Shapes.SpecFrames; t++) Assert.True(v[t] >= v[t - 1]);
        Assert.NotEqual(ramp, v);
        // Displacement of any column is at most W frames.
        for (int t = 0; t < Shapes.SpecFrames; t++) Assert.InRange(v[t] * 111f - t, -options.TimeWarp - 1e-3f, options.TimeWarp + 1e-3f);
    }

    [Fact]
    public void WrongLengthIsRejected() =>
        Assert.Throws<ArgumentException>(() => SpecAugment.Apply(new float[10], new SpecAugmentOptions(), new Random(1)));
}
