namespace TcWgan.Nn.Tests;

/// <summary>Output shapes and ranges of every network at a tiny width.</summary>
public class NetworkShapeTests
{
    private const double Tiny = 0.125;

    private static Tensor RandomWindows(int batch, long seed)
    {
        using var g = new Generator((ulong)seed, CPU);
        return rand([batch, Shapes.WindowFrames, Shapes.Channels, Shapes.FaceSize, Shapes.FaceSize], generator: g);
    }

    [Theory]
    [InlineData(EncoderKind.Conv3d)]
    [InlineData(EncoderKind.Lstm)]
    [InlineData(EncoderKind.TransformerLstm)]
    [InlineData(EncoderKind.StaticFrame)]
    public void EncodersMapWindowsTo64DCodesAndSixLogits(EncoderKind kind)
    {
        using var scope = NewDisposeScope();
        using var encoder = TemporalEncoder.Create(kind, Tiny, 0.1, 4, null);
        encoder.train();
        var windows = RandomWindows(3, 1);
        var codes = encoder.forward(windows);
        Assert.Equal(new long[] { 3, Shapes.FaceCode }, codes.shape);
        Assert.Equal(new long[] { 3, Emotions.Count }, encoder.EmotionLogits(codes).shape);
        Assert.True(isfinite(codes).all().item<bool>());
    }

    [Fact]
    public void StaticFrameEncoderSeesOnlyTheMiddleFrame()
    {
        using var scope = NewDisposeScope();
        using var encoder = TemporalEncoder.Create(EncoderKind.StaticFrame, Tiny, 0, 4, null);
        encoder.eval();
        var windows = RandomWindows(2, 2);
        var changed = windows.clone();
        changed[.., 0] = ones(2, 3, 28, 28);                // frame 0 changes
        var moved = windows.clone();
        moved[.., StaticFrameEncoder.MiddleFrame] = zeros(2, 3, 28, 28); // the middle frame changes
        using var noGrad = no_grad();
        var a = encoder.forward(windows);
        Assert.True(a.allclose(encoder.forward(changed)));
        Assert.False(a.allclose(encoder.forward(moved)));
    }

    [Fact]
    public void FrameCnnGives128Features()
    {
        using var scope = NewDisposeScope();
        using var cnn = new FrameCnn(Tiny);
        Assert.Equal(new long[] { 4, Shapes.FrameFeatures }, cnn.forward(rand(4, 3, 28, 28)).shape);
    }

    [Fact]
    public void GeneratorOutputsSpectrogramImagesInMinusOneToOne()
    {
        using var scope = NewDisposeScope();
        using var g = new SpectrogramGenerator(Tiny, 0.2, null);
        var input = SpectrogramGenerator.Input(randn(5, 64), tensor(new long[] { 0, 1, 2, 3, 5 }), randn(5, 32) * 10);
        Assert.Equal(new long[] { 5, SpectrogramGenerator.InputSize }, input.shape);
        var image = g.forward(input);
        Assert.Equal(new long[] { 5, 3, 28, 112 }, image.shape);
        Assert.True(image.min().item<float>() >= -1f && image.max().item<float>() <= 1f);
        Assert.True(image.std().item<float>() > 0);
        Assert.True(image.is_contiguous(), "channels-first layout: callers copy the raw values out");
    }

    [Theory]
    [InlineData(CriticNorm.None)]
    [InlineData(CriticNorm.Layer)]
    [InlineData(CriticNorm.Batch)]
    public void CriticGivesOneUnboundedScorePerSampleAndOptionalEmotionLogits(CriticNorm norm)
    {
        using var scope = NewDisposeScope();
        using var d = new SpectrogramCritic(Tiny, norm, emotionHead: true);
        var (score, logits) = d.Evaluate(rand(4, 3, 28, 112) * 2 - 1);
        Assert.Equal(new long[] { 4, 1 }, score.shape);
        Assert.Equal(new long[] { 4, 6 }, logits!.shape);
        using var plain = new SpectrogramCritic(Tiny, norm, emotionHead: false);
        Assert.Null(plain.Evaluate(rand(2, 3, 28, 112)).EmotionLogits);
    }

    [Theory]
    [InlineData(ClassifierKind.Q)]
    [InlineData(ClassifierKind.Q16)]
    [InlineData(ClassifierKind.Vgg16)]
    public void ClassifiersGiveSixLogitsAndPenultimateFeatures(ClassifierKind kind)
    {
        using var scope = NewDisposeScope();
        using var q = new EmotionClassifierNetwork(kind, Tiny, 0.1, new SpecMasking(2, 4, 2, 12, null), null);
        var x = rand(3, 3, 28, 112);
        Assert.Equal(new long[] { 3, 6 }, q.forward(x).shape);
        Assert.Equal(new long[] { 3, q.FeatureCount }, q.Features(x).shape);
    }

    [Fact]
    public void TheClassifierHeadPoolsOverTimeSoShiftingTheUtteranceChangesLittle()
    {
        using var scope = NewDisposeScope();
        using var q = new EmotionClassifierNetwork(ClassifierKind.Q, Tiny, 0, new SpecMasking(0, 0, 0, 0, null), null);
        q.eval();
        var x = zeros(1, 3, 28, 112);
        x[.., .., .., TensorIndex.Slice(40, 70)] = rand(1, 3, 28, 30); // receptive field ±18 frames: stays inside the image
        var shifted = x.roll(16, 3); // the same content 16 frames later (a multiple of the 8-frame pooling stride)
        using var noGrad = no_grad();
        Assert.True(q.Features(x).allclose(q.Features(shifted), 1e-4, 1e-5));
    }

    [Fact]
    public void InputStatisticsAreSavedBuffersThatNormaliseEachBand()
    {
        using var scope = NewDisposeScope();
        using var q = new EmotionClassifierNetwork(ClassifierKind.Q, Tiny, 0, new SpecMasking(0, 0, 0, 0, null), null);
        var mean = Enumerable.Range(0, 84).Select(i => i * 0.01f).ToArray();
        var sd = Enumerable.Repeat(2f, 84).ToArray();
        q.SetInputStatistics(mean, sd);
        var keys = q.state_dict().Keys.ToList();
        Assert.Contains("inputMean", keys);
        Assert.Contains("inputScale", keys);
        Assert.Equal(0.5f, q.state_dict()["inputScale"].max().item<float>());
    }

    [Fact]
    public void SpecMaskingBlanksBandsAndFramesInTrainingOnly()
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(3, CPU);
        using var masks = new SpecMasking(2, 4, 2, 12, g);
        var x = ones(64, 3, 28, 112);
        masks.train();
        var y = masks.forward(x);
        double kept = y.mean().item<float>();
        Assert.InRange(kept, 0.6, 0.97);                                     // ≈ 1 − (2·2/28 + 2·6/112) with overlaps
        var values = y.data<float>().ToArray();                              // (64, 3, 28, 112)
        const int plane = 28 * 112;
        for (int i = 0; i < 64; i++)                                          // every channel shares the masks
            Assert.Equal(values.AsSpan(i * 3 * plane, plane).ToArray(), values.AsSpan(i * 3 * plane + 2 * plane, plane).ToArray());
        bool wholeBand = Enumerable.Range(0, 64 * 28).Any(r => values.AsSpan((r / 28) * 3 * plane + (r % 28) * 112, 112).ToArray().All(v => v == 0));
        Assert.True(wholeBand, "some band should be blanked across all frames");
        masks.eval();
        Assert.True(masks.forward(x).allclose(x, 0, 0));
    }

    [Fact]
    public void TheTimeWarpMovesFramesByAtMostWKeepingTheEndsAndOrderInTrainingOnly()
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(5, CPU);
        using var warp = new SpecMasking(0, 0, 0, 0, g, timeWarp: 5);
        var ramp = arange(112, ScalarType.Float32).view(1, 1, 1, 112).expand(16, 3, 28, 112).contiguous(); // value = frame index
        warp.train();
        var y = warp.forward(ramp).data<float>().ToArray();                 // bilinear resampling of a ramp = the source frame
        bool moved = false;
        for (int row = 0; row < 16 * 3 * 28; row++)
        {
            var frames = y.AsSpan(row * 112, 112).ToArray();
            Assert.Equal(0f, frames[0], 3);
            Assert.Equal(111f, frames[^1], 3);
            for (int t = 0; t < 112; t++) Assert.InRange(frames[t] - t, -5.001, 5.001);
            for (int t = 1; t < 112; t++) Assert.True(frames[t] >= frames[t - 1] - 1e-4, "the warp keeps the frames' order");
            moved |= frames.Select((v, t) => Math.Abs(v - t)).Max() > 0.5;
            if (row % (3 * 28) != 0)                                          // every row and channel of a sample shares the warp
            {
                var first = y.AsSpan((row / (3 * 28)) * 3 * 28 * 112, 112).ToArray();
                for (int t = 0; t < 112; t++) Assert.InRange(frames[t] - first[t], -1e-3, 1e-3);
            }
        }
        Assert.True(moved, "some sample should be warped");
        warp.eval();
        Assert.True(warp.forward(ramp).allclose(ramp, 0, 0));
    }

    [Fact]
    public void PositionalEncodingMatchesTheSinusoidFormula()
    {
        var values = PositionalEncoding.Values(10, 128);
        Assert.Equal(0f, values[0]);                     // sin(0)
        Assert.Equal(1f, values[1]);                     // cos(0)
        Assert.Equal((float)Math.Sin(3), values[3 * 128], 6);   // t = 3, i = 0
        Assert.Equal((float)Math.Cos(3 / Math.Pow(10000, 2.0 / 128)), values[3 * 128 + 3], 6);
    }

    [Fact]
    public void SameConvolutionWithEvenKernelKeepsTheSizeAndPadsOneBeforeTwoAfter()
    {
        using var scope = NewDisposeScope();
        using var conv = new SameConv2d(1, 1, 4);
        using (no_grad())
        {
            foreach (var (_, p) in conv.named_parameters()) p.fill_(p.dim() > 1 ? 1 : 0);
        }
        var x = ones(1, 1, 5, 6);
        var y = conv.forward(x);
        Assert.Equal(new long[] { 1, 1, 5, 6 }, y.shape);
        // Top-left output covers rows −1..2, cols −1..2: 3×3 ones inside (one zero row/col of padding before).
        Assert.Equal(9f, y[0, 0, 0, 0].item<float>());
        // Bottom-right covers rows 3..6 and cols 4..7: 2×2 ones inside (two padded rows/cols after).
        Assert.Equal(4f, y[0, 0, 4, 5].item<float>());
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    [InlineData(1, 1)]
    public void UpSamplingConvolutionEqualsNearestUpSamplingThenTheSameConvolution(int upRows, int upColumns)
    {
        using var scope = NewDisposeScope();
        using var random = new Generator(3, CPU);
        using var conv = new SameConv2d(5, 7, 4, upRows, upColumns);
        ParameterInit.Reset(conv, random);
        var x = randn([2, 5, 6, 9], generator: random).requires_grad_(true);
        var (weight, bias) = (conv.parameters().First(p => p.dim() == 4), conv.parameters().First(p => p.dim() == 1));
        // The definition: up-sample, pad one before and two after, convolve with the declared 4×4 kernel.
        var upsampled = nn.functional.interpolate(x, scale_factor: [upRows, upColumns]);
        var expected = nn.functional.conv2d(nn.functional.pad(upsampled, [1, 2, 1, 2]), weight, bias);
        var actual = conv.forward(x);
        Assert.Equal(new long[] { 2, 7, 6 * upRows, 9 * upColumns }, actual.shape);
        Assert.True(actual.allclose(expected, 0, 1e-5), $"max difference {(actual - expected).abs().max().item<float>()}");
        // Gradients to the input and to the declared kernel agree too (the phase kernels are made from it).
        var upstream = randn(expected.shape, generator: random);
        var expectedGrads = autograd.grad([(expected * upstream).sum()], [x, weight]);
        var actualGrads = autograd.grad([(actual * upstream).sum()], [x, weight]);
        for (int i = 0; i < 2; i++)
            Assert.True(actualGrads[i].allclose(expectedGrads[i], 0, 1e-4), $"gradient {i}: max difference {(actualGrads[i] - expectedGrads[i]).abs().max().item<float>()}");
    }
}
