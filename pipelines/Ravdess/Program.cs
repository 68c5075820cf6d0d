using TcWgan;
using TcWgan.Demo;
using TcWgan.Media;
using TcWgan.Pipelines;

// RAVDESS: dotnet run --project pipelines/Ravdess [-- <RAVDESS root with Actor_XX/ folders>] [--out dir] [--tiny]
// Without a root it renders the demo corpus in the RAVDESS layout first. Calm and surprised clips are left out.
var arguments = PipelineArgs.Parse(args, "Ravdess");
string root = arguments.DataPath ?? arguments.RenderDemoCorpus(DemoLayout.Ravdess, Console.Out);
var skips = new SkipLog();
skips.Skipped += s => Console.WriteLine($"skipped: {s}");
var clips = RavdessLoader.Load(root, new RavdessOptions(), skips);
Console.WriteLine($"{clips.Count} RAVDESS clips from {root}.");
var result = AerExample.Run(clips, arguments.Settings(), Console.Out);
Console.WriteLine(result);
