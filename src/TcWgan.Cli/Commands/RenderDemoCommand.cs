using TcWgan.Demo;

namespace TcWgan.Cli.Commands;

/// <summary><c>tcwgan render-demo --layout crema-d|ravdess --preset tiny|demo --seed 1 --out DIR</c></summary>
public sealed class RenderDemoCommand : Command<RenderDemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--layout")] [Description("crema-d or ravdess")] [DefaultValue("crema-d")]
        public string Layout { get; init; } = "crema-d";

        [CommandOption("--preset")] [Description("tiny, demo or full (the real corpus's size)")] [DefaultValue("demo")]
        public string Preset { get; init; } = "demo";

        [CommandOption("--seed")] [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        [CommandOption("--out")] [Description("Output folder")]
        public string Out { get; init; } = "demo-corpus";

        public override ValidationResult Validate()
        {
            if (Layout is not ("crema-d" or "ravdess")) return ValidationResult.Error("--layout must be crema-d or ravdess");
            if (DemoPresets.Parse(Preset) is null) return ValidationResult.Error("--preset must be " + string.Join(", ", DemoPresets.Names));
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new DemoCorpusOptions
        {
            Layout = settings.Layout == "ravdess" ? DemoLayout.Ravdess : DemoLayout.CremaD,
            Preset = DemoPresets.Parse(settings.Preset)!.Value,
            Seed = settings.Seed,
        };
        string outDir = Path.GetFullPath(settings.Out);
        DemoCorpusSummary? summary = null;
        int total = CorpusPlan.Create(options).Clips.Count;
        ConsoleProgress.Create().Start(ctx =>
        {
            var task = ctx.AddTask($"Rendering {settings.Preset} corpus ({settings.Layout})", maxValue: total);
            summary = DemoCorpusRenderer.Render(outDir, options, new TaskProgress(task), cancellationToken);
        });
        string sheet = Path.Combine(outDir, "contact-sheet.png");
        ContactSheet.Write(sheet, options);
        var table = new Table().AddColumn("emotion").AddColumn("clips");
        foreach (var (emotion, count) in summary!.CountsByEmotion()) table.AddRow(emotion.Name(), count.ToString());
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(
            $"{summary.Clips.Count} clips from {summary.CountsBySpeaker().Count} actors in {summary.Elapsed.TotalSeconds:0.0} s → {outDir}");
        AnsiConsole.MarkupLineInterpolated($"Contact sheet: {sheet}");
        return 0;
    }
}
