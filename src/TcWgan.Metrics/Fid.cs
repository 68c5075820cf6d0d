namespace TcWgan.Metrics;

/// <summary>
/// Fréchet Inception-style distance between real and generated spectrogram images. The paper uses Inception-v3
/// pool features; this project uses 512-d ResNet18 features (<see cref="ResNet18Features"/>), so absolute values
/// are not comparable to the paper's, only rankings between systems measured the same way (see the README).
/// </summary>
public static class Fid
{
    /// <summary>FID between two sets of image features (rows = images, e.g. 512-d ResNet18 features).</summary>
    /// <returns>‖μ1 − μ2‖² + Tr(Σ1 + Σ2 − 2(Σ1Σ2)^½), ≥ 0; 0 for identical sets.</returns>
    public static double Compute(double[][] features1, double[][] features2) =>
        FrechetDistance.Compute(features1, features2);

    /// <summary>FID between two sets of spectrogram images, each (3, 28, 112) in [−1, 1], through <paramref name="extractor"/>.</summary>
    public static double Compute(ResNet18Features extractor, IReadOnlyList<float[]> images1, IReadOnlyList<float[]> images2)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return FrechetDistance.Compute(extractor.Extract(images1), extractor.Extract(images2));
    }
}
