namespace TcWgan.Nn;

/// <summary>The three consecutive phases of <see cref="GanTrainer.Train"/>; steps are numbered across all of them.</summary>
public enum TrainingPhase
{
    /// <summary>The temporal encoder learns facial emotion recognition (FER) on windows.</summary>
    EncoderPretraining,
    /// <summary>Q learns emotions from real spectrograms.</summary>
    ClassifierPretraining,
    /// <summary>Critic and generator updates; encoder and Q are frozen.</summary>
    Adversarial,
}
