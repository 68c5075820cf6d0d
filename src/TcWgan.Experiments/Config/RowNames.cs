namespace TcWgan.Experiments.Config;

/// <summary>The rows of Table I, in the paper's order, plus the simple ML.NET reference pipeline.</summary>
public static class RowNames
{
    public const string LogMelStats = "logmel-stats-lbfgs";
    public const string RealOnly = "real-only";
    public const string SpecAugment = "specaugment-baseline";
    public const string DacssGan = "dacssgan";
    public const string WganIm2Im = "wgan-im2im";
    public const string TcWgan3dCnn = "tcwgan-3dcnn";
    public const string TcWganLstm = "tcwgan-lstm";
    public const string TcWganTrs = "tcwgan-trs";

    /// <summary>All rows in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [LogMelStats, RealOnly, SpecAugment, DacssGan, WganIm2Im, TcWgan3dCnn, TcWganLstm, TcWganTrs];

    /// <summary>Rows that train a generator.</summary>
    public static bool HasGenerator(string row) => row is DacssGan or WganIm2Im or TcWgan3dCnn or TcWganLstm or TcWganTrs;

    /// <summary>Label used in the printed table (the paper's names).</summary>
    public static string Display(string row) => row switch
    {
        LogMelStats => "log-mel stats + LbfgsMaxEnt (ML.NET)",
        RealOnly => "Real only",
        SpecAugment => "Baseline (SpecAugment ×2)",
        DacssGan => "dacssGANs",
        WganIm2Im => "wGANs-im2im",
        TcWgan3dCnn => "tc-wGANs:3dCNN",
        TcWganLstm => "tc-wGANs:LSTM",
        TcWganTrs => "tc-wGANs:trs",
        _ => row,
    };
}

/// <summary>Profile names.</summary>
public static class ProfileNames
{
    public const string Quick = "quick";
    public const string Paper = "paper";
    public static IReadOnlyList<string> All { get; } = [Quick, Paper];
}
