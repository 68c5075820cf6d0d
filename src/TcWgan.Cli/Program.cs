using TcWgan.Cli.Commands;

// tcwgan: verbs only — parse, call the library, print.
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("tcwgan");
    config.AddCommand<RenderDemoCommand>("render-demo")
        .WithDescription("Render the built-in audio-visual demo corpus in the CREMA-D or RAVDESS layout.");
    config.AddCommand<PrepareCommand>("prepare")
        .WithDescription("Load a corpus folder or manifest, split by speaker, preprocess and cache every clip; print a summary.");
    config.AddCommand<ExperimentCommand>("experiment")
        .WithDescription("Run the Table I/II study described by a config in pipelines/ (resumes a killed run).");
    config.AddCommand<ListenCommand>("listen")
        .WithDescription("Turn spectrograms (.f32 files or a run folder's samples) into WAV files with Griffin-Lim.");
    config.AddCommand<DoctorCommand>("doctor")
        .WithDescription("Check this machine: libtorch loads and computes, ffmpeg/ffprobe on PATH, OpenCV, the Haar cascade.");
    config.SetExceptionHandler((e, _) =>
    {
        AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
        return 1;
    });
});
return app.Run(args);
