namespace TcWgan.Nn;

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
