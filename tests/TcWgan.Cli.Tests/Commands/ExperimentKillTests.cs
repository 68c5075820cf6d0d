using System.Diagnostics;
using System.Text.Json.Nodes;
using TcWgan.TestSupport;

namespace TcWgan.Cli.Tests.Commands;

/// <summary>
/// <c>tcwgan experiment</c> killed with SIGKILL while a GAN trains, then started again: it resumes from the last
/// checkpoint, does not redo the row that had finished, and ends with the same results files as a clean run.
/// </summary>
public sealed class ExperimentKillTests
{
    private const string GanRow = "wgan-im2im";
    private const string FinishedRow = "logmel-stats-lbfgs";
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    /// <summary>The tiny rendered corpus, two rows, a 62-step GAN (2 encoder + 60 adversarial steps; Q is the real-only
    /// judge) checkpointed every 20 steps.</summary>
    private static string WriteConfig(string folder, string name, string? corpusRoot)
    {
        string root = corpusRoot is null ? "null" : $"\"{corpusRoot}\"";
        string path = Path.Combine(folder, name + ".json");
        File.WriteAllText(path, $$"""
            {
              "name": "{{name}}",
              "corpus": { "dataset": "crema-d", "root": {{root}}, "demoPreset": "tiny", "demoSeed": 3 },
              "split": { "preset": "random", "train": 0.5, "validation": 0.25, "test": 0.25, "seed": 1, "balance": false },
              "seeds": [1],
              "rows": ["{{FinishedRow}}", "{{GanRow}}"],
              "device": "cpu",
              "output": "{{name}}",
              "cache": "cache",
              "overrides": { "ganSteps": 60, "encoderPretrainSteps": 2, "classifierSteps": 4, "batchSize": 8,
                             "widthMultiplier": 0.125, "checkpointEvery": 20,
                             "generatorPretrainSteps": 0 }
            }
            """);
        return path;
    }

    [Fact]
    public void A_run_killed_while_a_GAN_trains_resumes_to_a_clean_runs_results_without_redoing_finished_rows()
    {
        using var dir = new TempDir("tcwgan-kill");

        // A clean run, which also renders the corpus and fills the preprocessing cache the killed run reuses.
        var (cleanExit, cleanOutput) = CliProcess.Run(dir.Path, RunLimit, "experiment", WriteConfig(dir.Path, "clean", null));
        Assert.True(cleanExit == 0, cleanOutput);
        string corpus = dir.Combine("clean", "corpus", "crema-d-tiny-seed3");
        Assert.True(Directory.Exists(corpus), cleanOutput);

        // The same study, killed hard once the GAN has written its first checkpoint (step 20 of 62).
        string config = WriteConfig(dir.Path, "killed", corpus);
        string checkpoints = dir.Combine("killed", "rows", $"{GanRow}.seed1", "checkpoints");
        string firstCheckpoint = Path.Combine(checkpoints, "checkpoint-000000020.tcwgan");
        using (var killed = CliProcess.Start(dir.Path, "experiment", config))
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(firstCheckpoint) && !killed.HasExited && clock.Elapsed < RunLimit) Thread.Sleep(20);
            Assert.False(killed.HasExited, "the run ended before it could be killed: " + killed.Output);
            killed.KillHard();
            Assert.Contains("training the generator", killed.Output);
        }
        string finished = dir.Combine("killed", "results", $"{FinishedRow}.seed1.json");
        Assert.True(File.Exists(finished));
        Assert.False(File.Exists(dir.Combine("killed", "results", $"{GanRow}.seed1.json")), "the GAN row had not finished");
        byte[] finishedBytes = File.ReadAllBytes(finished);
        var finishedTime = File.GetLastWriteTimeUtc(finished);

        // Started again: the finished row is kept, the GAN resumes from its checkpoint.
        var (exit, output) = CliProcess.Run(dir.Path, RunLimit, "experiment", config);
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("log-mel stats + LbfgsMaxEnt (ML.NET) seed 1: accuracy", output);
        Assert.Contains("wGANs-im2im seed 1: accuracy", output);
        Assert.DoesNotContain("step 10/62", output);  // the GAN did not start over (progress is reported every 10 steps) …
        Assert.Contains("step 30/62", output);        // … but went on from checkpoint 20
        Assert.Equal(finishedBytes, File.ReadAllBytes(finished));
        Assert.Equal(finishedTime, File.GetLastWriteTimeUtc(finished));

        var cleanResults = Directory.GetFiles(dir.Combine("clean", "results")).Select(f => Path.GetFileName(f)).Order().ToList();
        Assert.Equal(cleanResults, Directory.GetFiles(dir.Combine("killed", "results")).Select(f => Path.GetFileName(f)).Order().ToList());
        foreach (var name in cleanResults)
            Assert.Equal(WithoutTimes(dir.Combine("clean", "results", name)), WithoutTimes(dir.Combine("killed", "results", name)));
    }

    /// <summary>A result file's JSON without the wall-clock fields (training time differs between any two runs).</summary>
    private static string WithoutTimes(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json.Remove("generatorTrainingSeconds");
        return json.ToJsonString();
    }
}
