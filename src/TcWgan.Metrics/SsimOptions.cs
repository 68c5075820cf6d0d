namespace TcWgan.Metrics;

/// <summary>
/// Settings of <see cref="Ssim"/>. The defaults are those of Wang et al. 2004 ("Image quality assessment: from error
/// visibility to structural similarity"): an 11×11 circular-symmetric Gaussian window with σ = 1.5, K1 = 0.01, K2 = 0.03.
/// </summary>
public sealed record SsimOptions
{
    /// <summary>Side of the square Gaussian window (odd).</summary>
    public int WindowSize { get; init; } = 11;

    /// <summary>Standard deviation of the Gaussian window, in pixels.</summary>
    public double Sigma { get; init; } = 1.5;

    /// <summary>Luminance stabiliser: C1 = (K1·L)², L = data range.</summary>
    public double K1 { get; init; } = 0.01;

    /// <summary>Contrast/structure stabiliser: C2 = (K2·L)², L = data range.</summary>
    public double K2 { get; init; } = 0.03;

    /// <summary>The paper's settings (the defaults above).</summary>
    public static SsimOptions Default { get; } = new();

    /// <summary>Every problem with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (WindowSize < 1 || WindowSize % 2 == 0)
            errors.Add($"SsimOptions.WindowSize must be a positive odd number, got {WindowSize}.");
        if (!(Sigma > 0) || double.IsInfinity(Sigma))
            errors.Add($"SsimOptions.Sigma must be a finite positive number, got {Sigma}.");
        if (!(K1 > 0) || double.IsInfinity(K1))
            errors.Add($"SsimOptions.K1 must be a finite positive number, got {K1}.");
        if (!(K2 > 0) || double.IsInfinity(K2))
            errors.Add($"SsimOptions.K2 must be a finite positive number, got {K2}.");
        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem, if any.</summary>
    internal void EnsureValid() => OptionChecks.ThrowIfAny(Validate(), nameof(SsimOptions));
}
