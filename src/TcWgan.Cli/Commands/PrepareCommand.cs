using TcWgan.Experiments.Config;
using TcWgan.Experiments.Corpus;

namespace TcWgan.Cli.Commands;

/// <summary><c>tcwgan prepare --dataset crema-d|ravdess|manifest --root DIR [--cache DIR]</c></summary>
public sealed class PrepareCommand : Command<PrepareCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--dataset")] [Description("crema-d, ravdess or manifest")]
        public string Dataset { get; init; } = "crema-d";

        [CommandOption("--root")] [Description("Corpus folder (or manifest CSV)")]
        public string Root { get; init; } = "";

        [CommandOption("--cache")] [Description("Cache folder (default: .cache/tcwgan under the current folder)")]
        public string Cache { get; init; } = Path.Combine(".cache", "tcwgan");

        [CommandOption("--face-locator")] [Description("haar (default) or centred")]
        public string FaceLocator { get; init; } = "haar";

        [CommandOption("--split")] [Description("random (60/30/10 of speakers) or crema-d-authors")]
        public string Split { get; init; } = "random";

        [CommandOption("--seed")] [DefaultValue(7)]
        public int Seed { get; init; } = 7;

        [CommandOption("--audio-only")] [Description("Audio-only clips (RAVDESS 03 files, CREMA-D AudioWAV): no faces")]
        public bool AudioOnly { get; init; }

        [CommandOption("--no-balance")] [Description("Keep every clip instead of balancing classes per split")]
        public bool NoBalance { get; init; }

        public override ValidationResult Validate() => string.IsNullOrWhiteSpace(Root)
            ? ValidationResult.Error("--root is required")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var split = new SplitConfig { Preset = settings.Split, Seed = settings.Seed, Balance = !settings.NoBalance };
        var preprocess = new PreprocessConfig { FaceLocator = settings.FaceLocator };
        var errors = split.Validate().Concat(preprocess.Validate()).ToList();
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors));
        var skips = new SkipLog();
        skips.Skipped += ConsoleProgress.Skipped;
        PreparedCorpus? corpus = null;
        ConsoleProgress.Create().Start(ctx =>
        {
            var task = ctx.AddTask("Preparing clips");
            corpus = CorpusPreparation.Prepare(settings.Dataset, Path.GetFullPath(settings.Root), split, preprocess,
                Path.GetFullPath(settings.Cache), skips, new TaskProgress(task), cancellationToken, settings.AudioOnly);
        });
        SummaryTables.Write(corpus!);
        return 0;
    }
}
