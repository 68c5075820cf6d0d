using TcWgan.Demo;

namespace TcWgan.Pipelines;

/// <summary>
/// Command line shared by the example pipelines: <c>[data path] [--out folder] [--tiny]</c>. Without a data path the
/// pipeline renders the built-in demo corpus first (<c>--tiny</c>: the 24-clip preset, otherwise the demo preset).
/// </summary>
/// <param name="DataPath">Corpus root (or manifest CSV); null = render the demo corpus.</param>
/// <param name="OutputDirectory">Where the demo corpus and the models go.</param>
/// <param name="Tiny">Render the tiny demo preset and train briefly.</param>
public sealed record PipelineArgs(string? DataPath, string OutputDirectory, bool Tiny)
{
    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with the usage on a bad one.</summary>
    public static PipelineArgs Parse(string[] args, string name)
    {
        string? data = null;
        string output = Path.Combine("pipeline-output", name);
        bool tiny = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tiny": tiny = true; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && data is null: data = a; break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: {name} [data path] [--out folder] [--tiny]");
            }
        }
        return new PipelineArgs(data, output, tiny);
    }

    /// <summary>Renders the demo corpus in <paramref name="layout"/> under the output folder (kept if already there).</summary>
    public string RenderDemoCorpus(DemoLayout layout, TextWriter log)
    {
        string root = Path.Combine(OutputDirectory, "demo-corpus");
        string marker = Path.Combine(root, Tiny ? ".rendered-tiny" : ".rendered-demo");
        if (File.Exists(marker)) return root;
        log.WriteLine($"Rendering the demo corpus ({(Tiny ? "tiny" : "demo")} preset) into {root} …");
        var summary = DemoCorpusRenderer.Render(root, new DemoCorpusOptions
        {
            Layout = layout, Preset = Tiny ? DemoPreset.Tiny : DemoPreset.Demo, Seed = 1,
            MaxParallelism = Math.Max(1, Environment.ProcessorCount),
        });
        File.WriteAllText(marker, $"{summary.Clips.Count} clips\n");
        log.WriteLine($"Rendered {summary.Clips.Count} clips in {summary.Elapsed.TotalSeconds:F0} s.");
        return root;
    }

    /// <summary>Example settings: a very short GAN run for <c>--tiny</c>, the quick defaults otherwise.</summary>
    public AerExampleSettings Settings() => Tiny
        ? new AerExampleSettings
        {
            OutputDirectory = OutputDirectory,
            Gan = new AerExampleSettings().Gan with { Steps = 10, EncoderPretrainSteps = 5, ClassifierSteps = 5, BatchSize = 8, Width = 0.25 },
            GeneratedPerClass = 4, ClassifierIterations = 20,
        }
        : new AerExampleSettings { OutputDirectory = OutputDirectory };
}
