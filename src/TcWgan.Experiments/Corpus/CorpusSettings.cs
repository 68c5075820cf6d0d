using TcWgan.Dsp;
using TcWgan.Media;

namespace TcWgan.Experiments.Corpus;

/// <summary>Maps the config's plain settings onto the library's option types (one place).</summary>
public static class CorpusSettings
{
    /// <summary>Split options for a split section.</summary>
    public static SplitOptions ToSplitOptions(SplitConfig split) => split.Preset == "crema-d-authors"
        ? SplitOptions.CremaDAuthors with { Seed = split.Seed, BalanceClasses = split.Balance }
        : new SplitOptions
        {
            TrainFraction = split.Train,
            ValidationFraction = split.Validation,
            TestFraction = split.Test,
            Seed = split.Seed,
            BalanceClasses = split.Balance,
        };

    /// <summary>Preprocessing options for a preprocess section.</summary>
    public static PreprocessOptions ToPreprocessOptions(PreprocessConfig p) => new()
    {
        Face = new FaceOptions
        {
            KeepMiddleFrames = p.KeepMiddleFrames,
            HaarMinFaceFraction = p.HaarMinFaceFraction,
            Locator = p.FaceLocator == "centred" ? FaceLocatorKind.Centred : FaceLocatorKind.Haar,
        },
        Spectrogram = new SpectrogramOptions
        {
            Kind = p.Spectrogram == "colour-mapped" ? SpectrogramKind.ColourMapped : SpectrogramKind.LogMelDeltas,
        },
        AugmentedVariants = p.Variants,
        Seed = p.Seed,
    };
}
