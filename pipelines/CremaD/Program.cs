using TcWgan;
using TcWgan.Demo;
using TcWgan.Media;
using TcWgan.Pipelines;

// CREMA-D: dotnet run --project pipelines/CremaD [-- <CREMA-D root with VideoFlash/ and AudioWAV/>] [--out dir] [--tiny]
// Without a root it renders the demo corpus in the CREMA-D layout first.
var arguments = PipelineArgs.Parse(args, "CremaD");
string root = arguments.DataPath ?? arguments.RenderDemoCorpus(DemoLayout.CremaD, Console.Out);
var skips = new SkipLog();
skips.Skipped += s => Console.WriteLine($"skipped: {s}");
var clips = CremaDLoader.Load(root, skips);
Console.WriteLine($"{clips.Count} CREMA-D clips from {root}.");
var result = AerExample.Run(clips, arguments.Settings(), Console.Out);
Console.WriteLine(result);
