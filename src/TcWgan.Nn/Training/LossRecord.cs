using System.Globalization;

namespace TcWgan.Nn;

/// <summary>
/// Mean losses of the training steps since the previous record (every <see cref="GanOptions.ReportEvery"/> steps and
/// at each phase's end). Pre-training records fill <see cref="ClassifierLoss"/> and <see cref="Accuracy"/> (on the
/// training batches); adversarial records fill everything, with <see cref="ClassifierLoss"/> and
/// <see cref="Accuracy"/> measuring Q on the generated batches.
/// </summary>
/// <param name="Phase">Phase of the steps.</param>
/// <param name="Step">0-based index (over all phases) of the last step the record covers.</param>
/// <param name="CriticLoss">Critic loss of the last critic update of each step.</param>
/// <param name="GeneratorLoss">Total generator loss.</param>
/// <param name="WassersteinEstimate">E[D(real)] − E[D(fake)] at the last critic update of each step.</param>
/// <param name="GradientPenalty">Gradient penalty (unweighted) at the last critic update of each step.</param>
/// <param name="ClassifierLoss">Cross-entropy of the classifier being trained, or of Q on fakes.</param>
/// <param name="Accuracy">Accuracy of the classifier being trained, or of Q on fakes.</param>
public sealed record LossRecord(TrainingPhase Phase, long Step, double CriticLoss, double GeneratorLoss,
                                double WassersteinEstimate, double GradientPenalty, double ClassifierLoss, double Accuracy)
{
    /// <summary>Header line of the loss CSV.</summary>
    public const string CsvHeader = "phase,step,critic_loss,generator_loss,wasserstein,gradient_penalty,classifier_loss,accuracy";

    /// <summary>This record as one CSV line (invariant culture, round-trip precision).</summary>
    public string ToCsv() => string.Join(",", Phase, Step.ToString(CultureInfo.InvariantCulture),
        F(CriticLoss), F(GeneratorLoss), F(WassersteinEstimate), F(GradientPenalty), F(ClassifierLoss), F(Accuracy));

    /// <summary>The first loss that is NaN or infinite, if any.</summary>
    public (string Name, double Value)? FirstNonFinite()
    {
        (string, double)[] values =
        [
            ("critic loss", CriticLoss), ("generator loss", GeneratorLoss), ("Wasserstein estimate", WassersteinEstimate),
            ("gradient penalty", GradientPenalty), ("classifier loss", ClassifierLoss),
        ];
        foreach (var (name, value) in values)
            if (!double.IsFinite(value)) return (name, value);
        return null;
    }

    /// <summary>Writes <paramref name="history"/> as CSV (header <see cref="CsvHeader"/>) to <paramref name="path"/>, atomically.</summary>
    public static void WriteCsv(string path, IEnumerable<LossRecord> history)
    {
        var text = new System.Text.StringBuilder().AppendLine(CsvHeader);
        foreach (var record in history) text.AppendLine(record.ToCsv());
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>Reads a CSV written by <see cref="WriteCsv"/>; throws <see cref="InvalidDataException"/> naming the line on damage.</summary>
    public static IReadOnlyList<LossRecord> ReadCsv(string path)
    {
        var records = new List<LossRecord>();
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != CsvHeader) throw new InvalidDataException($"{path}: not a loss CSV (header '{CsvHeader}' expected).");
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = lines[i].Split(',');
            double D(int k) => double.Parse(f[k], NumberStyles.Float, CultureInfo.InvariantCulture);
            if (f.Length != 8 || !Enum.TryParse<TrainingPhase>(f[0], out var phase) || !long.TryParse(f[1], CultureInfo.InvariantCulture, out long step))
                throw new InvalidDataException($"{path} line {i + 1}: '{lines[i]}' is not a loss record.");
            records.Add(new LossRecord(phase, step, D(2), D(3), D(4), D(5), D(6), D(7)));
        }
        return records;
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>The consecutive phases of <see cref="GanTrainer.Train(GanDataset, CancellationToken)"/>; steps are numbered across all of them.</summary>
public enum TrainingPhase
{
    /// <summary>The temporal encoder learns facial emotion recognition (FER) on windows.</summary>
    EncoderPretraining,
    /// <summary>Q learns emotions from real spectrograms.</summary>
    ClassifierPretraining,
    /// <summary>
    /// The generator alone learns towards its clips' spectrograms (L1 and Q terms, no critic), the pixel-loss warm-up
    /// of SRGAN-style training: adversarial steps then start from a generator that already draws the right layout.
    /// </summary>
    GeneratorPretraining,
    /// <summary>Critic and generator updates; encoder and Q are frozen.</summary>
    Adversarial,
}

/// <summary>Reported by <see cref="GanTrainer.Progress"/> after every step.</summary>
/// <param name="Losses">The step's losses (phase and 0-based step included).</param>
/// <param name="TotalSteps">Steps over all phases.</param>
/// <param name="Elapsed">Training time so far, including earlier runs that were resumed.</param>
public sealed record TrainingProgress(LossRecord Losses, long TotalSteps, TimeSpan Elapsed)
{
    /// <summary>Steps completed so far.</summary>
    public long CompletedSteps => Losses.Step + 1;
}
