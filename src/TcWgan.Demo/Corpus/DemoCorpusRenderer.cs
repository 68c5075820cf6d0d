using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TcWgan.Demo;

/// <summary>
/// Renders the demo corpus: plans the clips, then synthesises and encodes them in parallel (each clip with its
/// own <see cref="Random"/> seeded from (seed, clip id), so the output does not depend on scheduling).
/// </summary>
public static class DemoCorpusRenderer
{
    /// <summary>
    /// Writes the corpus described by <paramref name="options"/> into <paramref name="outDir"/> (created if missing;
    /// existing files of the same names are overwritten). Reports the number of finished clips to
    /// <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options (every problem listed).</exception>
    /// <exception cref="IOException">A file could not be written or ffmpeg failed (message names the file).</exception>
    public static DemoCorpusSummary Render(string outDir, DemoCorpusOptions options, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        var plan = CorpusPlan.Create(options);
        var clock = Stopwatch.StartNew();
        string root = Path.GetFullPath(outDir);
        Directory.CreateDirectory(root);
        string? demographics = null;
        if (options.Layout == DemoLayout.CremaD)
        {
            demographics = Path.Combine(root, "VideoDemographics.csv");
            DemographicsCsv.Write(demographics, plan.Actors);
        }

        var encoder = new ClipEncoder(options.Layout, options.Width, options.Height);
        var voice = new VoiceSynthesizer();
        var written = new DemoClip[plan.Clips.Count];
        int done = 0;
        try
        {
            Parallel.ForEach(
                Enumerable.Range(0, plan.Clips.Count),
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken },
                () => new FaceRenderer(options.Width, options.Height),
                (i, _, renderer) =>
                {
                    var spec = plan.Clips[i];
                    var content = ClipContent.Create(spec, options.Seed, voice);
                    encoder.Write(root, content, renderer);
                    written[i] = new DemoClip(spec.Id, Path.Combine(root, spec.VideoPath),
                        spec.AudioPath is null ? null : Path.Combine(root, spec.AudioPath), spec.Emotion, spec.Actor.Speaker,
                        spec.Sentence, spec.Intensity, spec.IntensityCode(options.Layout), spec.Actor.Sex,
                        content.ExpressionScale, content.Utterance.Duration);
                    progress?.Report(Interlocked.Increment(ref done));
                    return renderer;
                },
                renderer => renderer.Dispose());
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return new DemoCorpusSummary(root, options.Layout, options.Preset, options.Seed, written, demographics, clock.Elapsed);
    }
}

/// <summary>Writes CREMA-D's <c>VideoDemographics.csv</c> (ActorID,Age,Sex,Race,Ethnicity; quoted text as in the original).</summary>
public static class DemographicsCsv
{
    /// <summary>The file's text for <paramref name="actors"/>.</summary>
    public static string Format(IEnumerable<ActorProfile> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var sb = new StringBuilder("\"ActorID\",\"Age\",\"Sex\",\"Race\",\"Ethnicity\"\n");
        foreach (var a in actors)
            sb.Append(CultureInfo.InvariantCulture, $"{a.Number},{a.Age},\"{(a.Sex == Sex.Male ? "Male" : "Female")}\",\"{a.Race}\",\"{a.Ethnicity}\"\n");
        return sb.ToString();
    }

    /// <summary>Writes the table to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<ActorProfile> actors) =>
        File.WriteAllText(path, Format(actors), new UTF8Encoding(false));
}
