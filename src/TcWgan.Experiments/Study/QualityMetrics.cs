namespace TcWgan.Experiments.Study;

/// <summary>The generator-quality columns of Table I for one (row, seed).</summary>
public sealed record Quality(double FidResNet18, double FidEmotion, double IsMean, double IsSd, double Ssim);

/// <summary>
/// FID, IS and SSIM of generated spectrograms against the real ones of the same test clips.
/// <list type="bullet">
/// <item>SSIM: each generated image against the real spectrogram of the clip whose face produced it (data range 2,
/// the width of [−1, 1]), averaged over channels and images, as the paper does.</item>
/// <item>FID (ResNet18): ImageNet ResNet18 features (stand-in for the paper's Inception features), on at most
/// <see cref="StudyProfile.ResNetImages"/> images per set; the real-set features are computed once per run.</item>
/// <item>FID (emotion) and IS: the real-only emotion classifier's penultimate features and posteriors.</item>
/// </list>
/// </summary>
public sealed class QualityMetrics(ResNet18Features resNet, IReadOnlyList<float[]> realTest, int resNetImages)
{
    private double[][]? _realResNet;

    /// <summary>Scores <paramref name="generated"/> (aligned with the real test images) using <paramref name="judge"/>.</summary>
    public Quality Score(IReadOnlyList<float[]> generated, EmotionClassifier judge)
    {
        if (generated.Count != realTest.Count)
            throw new ArgumentException($"{generated.Count} generated images for {realTest.Count} real ones.", nameof(generated));
        double ssim = Ssim.Mean(generated, realTest, Shapes.Channels, Shapes.MelBands, Shapes.SpecFrames, dataRange: 2);
        int n = Math.Min(resNetImages, realTest.Count);
        _realResNet ??= resNet.Extract(realTest.Take(n).ToList());
        double fidResNet = Fid.Compute(_realResNet, resNet.Extract(generated.Take(n).ToList()));
        double fidEmotion = FrechetDistance.Compute(Features(judge, realTest), Features(judge, generated));
        var posteriors = Batch(generated).SelectMany(b => Rows(judge.Probabilities(b), Emotions.Count)).ToArray();
        var inception = InceptionScore.Compute(posteriors, splits: Math.Min(10, posteriors.Length));
        return new Quality(fidResNet, fidEmotion, inception.Mean, inception.StandardDeviation, ssim);
    }

    private static double[][] Features(EmotionClassifier judge, IReadOnlyList<float[]> images) =>
        Batch(images).SelectMany(b => Rows(judge.Features(b), judge.FeatureCount)).ToArray();

    private static IEnumerable<float[]> Batch(IReadOnlyList<float[]> images) =>
        images.Chunk(64).Select(chunk => chunk.SelectMany(i => i).ToArray());

    private static IEnumerable<double[]> Rows(float[] flat, int width) =>
        flat.Chunk(width).Select(row => Array.ConvertAll(row, v => (double)v));
}
