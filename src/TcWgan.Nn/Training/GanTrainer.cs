using System.Diagnostics;

namespace TcWgan.Nn;

/// <summary>
/// Trains a face-to-audio tc-wGAN: pre-trains the temporal encoder as a FER classifier on windows, pre-trains Q on
/// real spectrograms, freezes both, then alternates critic and generator updates over random pair batches.
/// Steps are numbered over the three phases; with a <see cref="GanOptions.CheckpointDirectory"/> it checkpoints every
/// <see cref="GanOptions.CheckpointEvery"/> steps and at the end, writes <c>losses.csv</c> beside the checkpoints, and
/// resumes from the newest checkpoint there that verifies.
/// </summary>
public sealed class GanTrainer
{
    /// <summary>Name of the loss CSV in the checkpoint folder.</summary>
    public const string LossCsvName = "losses.csv";

    /// <summary>The settings of this trainer.</summary>
    public GanOptions Options { get; }

    /// <summary>Raised every <see cref="GanOptions.ReportEvery"/> steps and at the end of each phase (on the training thread).</summary>
    public event Action<TrainingProgress>? Progress;

    /// <summary>
    /// Raised once when <see cref="Train(GanDataset, CancellationToken)"/> finds checkpoints: which one it resumes from and which newer damaged ones
    /// it passed over (see <see cref="CheckpointStore.LoadNewestValid"/>).
    /// </summary>
    public event Action<string>? Resuming;

    /// <summary>Checks <paramref name="options"/> (all errors at once).</summary>
    public GanTrainer(GanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        Options = options;
    }

    /// <summary>
    /// Trains (or resumes) and returns the encoder + generator as a model. Cancelling writes a checkpoint of the
    /// steps completed so far, then throws <see cref="OperationCanceledException"/>. A NaN/∞ loss, found when the
    /// running losses are read (every <see cref="GanOptions.ReportEvery"/> steps and before every checkpoint), throws
    /// <see cref="TrainingDivergedException"/> and leaves the last good checkpoint in place.
    /// </summary>
    public FaceToAudioModel Train(GanDataset data, CancellationToken ct = default) => Train(data, null, ct);

    /// <summary>
    /// As <see cref="Train(GanDataset, CancellationToken)"/>, with <paramref name="classifier"/> (when given) as the
    /// frozen Q instead of one pre-trained here: an emotion classifier already trained on the real spectrograms (the
    /// study's real-only AER classifier, or any <see cref="EmotionClassifier"/> on the training device) is a stronger
    /// judge than a few hundred pre-training steps give, and costs nothing more. Q's pre-training phase is then skipped
    /// (its steps count as 0), and a checkpoint records the classifier's digest so a resume with another Q is refused.
    /// The classifier stays the caller's (it is not disposed).
    /// </summary>
    public FaceToAudioModel Train(GanDataset data, EmotionClassifier? classifier, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var device = DeviceNames.Resolve(Options.Device);
        var options = classifier is null ? Options : Options with { ClassifierSteps = 0 };
        var store = options.CheckpointDirectory is null ? null : new CheckpointStore(options.CheckpointDirectory, options.KeepCheckpoints);
        var session = new TrainingSession(options, data, device, classifier);
        try
        {
            long completed = 0;
            var history = new List<LossRecord>();
            var earlier = TimeSpan.Zero;
            string? lastCheckpoint = null;
            IReadOnlyList<string> rejected = [];
            var checkpoint = store?.LoadNewestValid(out lastCheckpoint, out rejected);
            if (store is not null && (checkpoint is not null || rejected.Count > 0))
                Resuming?.Invoke(CheckpointStore.DescribeChoice(lastCheckpoint, rejected));
            if (checkpoint is not null)
            {
                var metadata = session.Restore(checkpoint, lastCheckpoint!);
                completed = metadata.CompletedSteps;
                history = metadata.History;
                earlier = TimeSpan.FromTicks(metadata.TrainingTimeTicks);
            }

            var clock = Stopwatch.StartNew();
            TimeSpan Elapsed() => earlier + clock.Elapsed;
            long total = options.TotalSteps;
            while (completed < total)
            {
                if (ct.IsCancellationRequested)
                {
                    if (store is not null) Checkpoint(store, session, completed, Elapsed(), history);
                    ct.ThrowIfCancellationRequested();
                }
                long step = completed;
                var phase = session.PhaseOf(step);
                session.Step(step);
                completed++;
                bool phaseEnds = completed == total || session.PhaseOf(completed) != phase;
                bool checkpointDue = store is not null && completed % Options.CheckpointEvery == 0 && completed < total;
                if (completed % Options.ReportEvery == 0 || phaseEnds || checkpointDue)
                {
                    // The only read of the device: losses since the last report, and the NaN/∞ guard.
                    var record = session.Report(phase, step);
                    if (record.FirstNonFinite() is { } bad)
                        throw new TrainingDivergedException(step, phase, bad.Name, bad.Value, store?.Latest());
                    history.Add(record);
                    Progress?.Invoke(new TrainingProgress(record, total, Elapsed()));
                }
                if (checkpointDue) Checkpoint(store!, session, completed, Elapsed(), history);
            }
            var trainingTime = Elapsed();
            if (store is not null && lastCheckpoint != store.PathFor(completed)) // a damaged final file is rewritten
                Checkpoint(store, session, completed, trainingTime, history);
            return session.ToModel(trainingTime, history);
        }
        finally
        {
            session.Dispose();
        }
    }

    private static void Checkpoint(CheckpointStore store, TrainingSession session, long completed, TimeSpan elapsed, List<LossRecord> history)
    {
        store.Save(completed, session.ToCheckpoint(completed, elapsed, history));
        LossRecord.WriteCsv(Path.Combine(store.Directory, LossCsvName), history);
    }
}
