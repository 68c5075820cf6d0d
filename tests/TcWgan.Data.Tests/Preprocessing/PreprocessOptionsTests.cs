using TcWgan.Dsp;
using TcWgan.Media;

namespace TcWgan.Data.Tests.Preprocessing;

public sealed class PreprocessOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_follow_the_paper()
    {
        var options = new PreprocessOptions();
        Assert.Empty(options.Validate());
        Assert.Equal(10, options.AugmentedVariants);
        Assert.Equal(55, options.Face.KeepMiddleFrames);
        options.EnsureValid();
    }

    [Fact]
    public void Validate_lists_every_error_of_every_sub_option_at_once()
    {
        var options = new PreprocessOptions
        {
            Face = new FaceOptions { MinFrames = 5 },
            Spectrogram = new SpectrogramOptions { Frames = 64, DbCeiling = -200 },
            Augment = new SpecAugmentOptions { TimeMasks = -1 },
            AugmentedVariants = 0,
        };
        var errors = options.Validate();
        Assert.Contains(errors, e => e.StartsWith("Face: MinFrames", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Spectrogram: DbCeiling", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Spectrogram: Frames must be 112", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Augment: TimeMasks", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("AugmentedVariants", StringComparison.Ordinal));
        Assert.Equal(5, errors.Count);
        var ex = Assert.Throws<ArgumentException>(options.EnsureValid);
        Assert.Contains("AugmentedVariants", ex.Message);
        Assert.Contains("Face: MinFrames", ex.Message);
    }

    [Fact]
    public void Preprocessor_refuses_invalid_options()
    {
        var options = new PreprocessOptions { AugmentedVariants = -3 };
        Assert.Throws<ArgumentException>(() => new ClipPreprocessor(options, new CentredBoxLocator(0.6)));
    }

    [Fact]
    public void Settings_text_changes_with_every_setting_and_the_clip_id()
    {
        var locator = new CentredBoxLocator(0.6);
        var clip = new ClipRecord("a", "/x/a.flv", null, Emotion.Anger, "1");
        string Text(PreprocessOptions o, IFaceLocator? l = null, ClipRecord? c = null) =>
            new ClipPreprocessor(o, l ?? locator).SettingsText(c ?? clip);

        var baseline = new PreprocessOptions();
        string text = Text(baseline);
        Assert.Equal(text, Text(new PreprocessOptions()));
        Assert.NotEqual(text, Text(baseline with { Seed = baseline.Seed + 1 }));
        Assert.NotEqual(text, Text(baseline with { AugmentedVariants = 9 }));
        Assert.NotEqual(text, Text(baseline with { Face = baseline.Face with { KeepMiddleFrames = 50 } }));
        Assert.NotEqual(text, Text(baseline with { Spectrogram = baseline.Spectrogram with { Kind = SpectrogramKind.ColourMapped } }));
        Assert.NotEqual(text, Text(baseline with { Spectrogram = baseline.Spectrogram with { TrimThresholdDb = 41 } }));
        Assert.NotEqual(text, Text(baseline with { Augment = baseline.Augment with { TimeMasks = baseline.Augment.TimeMasks + 1 } }));
        Assert.NotEqual(text, Text(baseline, new CentredBoxLocator(0.5)));
        Assert.NotEqual(text, Text(baseline, new FixedBoxLocator(new RelativeBox(0.2, 0.2, 0.5, 0.5))));
        Assert.NotEqual(text, Text(baseline, c: clip with { Id = "b" }));
        Assert.NotEqual(text, Text(baseline, c: clip with { AudioPath = "/x/a.flv" }));
    }
}
