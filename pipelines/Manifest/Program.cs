using TcWgan;
using TcWgan.Demo;
using TcWgan.Media;
using TcWgan.Pipelines;

// Manifest: dotnet run --project pipelines/Manifest [-- <manifest.csv>] [--out dir] [--tiny]
// The CSV follows data-schemas/manifest.schema.json (video_path, audio_path, emotion, speaker, …). Without one, the
// demo corpus is rendered and a manifest describing it is written first.
var arguments = PipelineArgs.Parse(args, "Manifest");
string csv = arguments.DataPath ?? WriteDemoManifest(arguments);
var skips = new SkipLog();
skips.Skipped += s => Console.WriteLine($"skipped: {s}");
var clips = ManifestLoader.Load(csv, skips);
Console.WriteLine($"{clips.Count} clips from {csv}.");
var result = AerExample.Run(clips, arguments.Settings(), Console.Out);
Console.WriteLine(result);

static string WriteDemoManifest(PipelineArgs arguments)
{
    string root = arguments.RenderDemoCorpus(DemoLayout.CremaD, Console.Out);
    var clips = CremaDLoader.Load(root, new SkipLog());
    string csv = Path.Combine(arguments.OutputDirectory, "manifest.csv");
    var lines = new List<string> { string.Join(",", ManifestLoader.Columns) };
    lines.AddRange(clips.Select(c => string.Join(",", c.VideoPath, c.AudioPath ?? "", c.Emotion.Name(), c.Speaker,
        c.Sentence ?? "", c.Intensity ?? "", c.Sex.ToString().ToLowerInvariant())));
    File.WriteAllLines(csv, lines);
    return csv;
}
