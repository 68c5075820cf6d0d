using System.Globalization;

namespace TcWgan.Nn;

/// <summary>
/// Losses of one training step. Pre-training steps fill <see cref="ClassifierLoss"/> and <see cref="Accuracy"/>
/// (on the training batch); adversarial steps fill everything, with <see cref="ClassifierLoss"/> and
/// <see cref="Accuracy"/> measuring Q on the generated batch.
/// </summary>
/// <param name="Phase">Phase the step belongs to.</param>
/// <param name="Step">0-based step index over all phases.</param>
/// <param name="CriticLoss">Critic loss of the last critic update of the step.</param>
/// <param name="GeneratorLoss">Total generator loss.</param>
/// <param name="WassersteinEstimate">E[D(real)] − E[D(fake)] at the last critic update.</param>
/// <param name="GradientPenalty">Gradient penalty (unweighted) at the last critic update.</param>
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

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
