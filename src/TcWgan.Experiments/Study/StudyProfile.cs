using TcWgan.Experiments.Config;
using TcWgan.Nn;

namespace TcWgan.Experiments.Study;

/// <summary>
/// The numbers of a profile: <c>quick</c> (narrow networks and few steps so the demo study runs on 2 CPU cores
/// in minutes) or <c>paper</c> (paper-sized networks and step counts, for a GPU). Config overrides win.
/// </summary>
public sealed record StudyProfile
{
    public required string Name { get; init; }
    /// <summary>Adversarial steps of every generator.</summary>
    public required int GanSteps { get; init; }
    public required int CriticSteps { get; init; }
    public required int BatchSize { get; init; }
    public required int EncoderPretrainSteps { get; init; }
    /// <summary>Pre-training steps of the auxiliary Q inside each GAN.</summary>
    public required int ClassifierSteps { get; init; }
    /// <summary>Width multiplier of the GAN's networks (1 = paper size).</summary>
    public required double Width { get; init; }
    /// <summary>Training steps of the AER classifier Q that each row is scored with.</summary>
    public required int AerSteps { get; init; }
    /// <summary>Width multiplier of the AER classifier Q.</summary>
    public required double AerWidth { get; init; }
    /// <summary>
    /// Dropout of every network (the paper: 0.25 in every layer but the output). The quick profile uses 0: with
    /// dropout before batch norm, these narrow networks trained for a few hundred steps predicted a single class in
    /// eval mode (measured: train loss 0.93, train accuracy 20 %), see the project notes.
    /// </summary>
    public required double Dropout { get; init; }
    /// <summary>Learning rate of critic and generator (the presets' 1e-4 needs thousands of steps).</summary>
    public required double LearningRate { get; init; }
    /// <summary>Generated (or SpecAugment) samples added per real training clip.</summary>
    public required double AddedPerRealClip { get; init; }
    /// <summary>At most this many generated/real images go into each ResNet18 FID (the featurizer is slow on CPU).</summary>
    public required int ResNetImages { get; init; }
    /// <summary>Steps between GAN checkpoints; null = a quarter of the training, at least 50.</summary>
    public int? CheckpointEvery { get; init; }
    /// <summary>Face windows used per clip when training the generator (middle ones first).</summary>
    public required int WindowsPerClip { get; init; }

    /// <summary>The profile named in <paramref name="config"/> with its overrides applied.</summary>
    public static StudyProfile For(ExperimentConfig config)
    {
        var p = config.Profile == ProfileNames.Paper ? Paper : Quick;
        var o = config.Overrides;
        return p with
        {
            GanSteps = o.GanSteps ?? p.GanSteps,
            BatchSize = o.BatchSize ?? p.BatchSize,
            EncoderPretrainSteps = o.EncoderPretrainSteps ?? p.EncoderPretrainSteps,
            ClassifierSteps = o.ClassifierSteps ?? p.ClassifierSteps,
            AerSteps = o.ClassifierSteps ?? p.AerSteps,
            Width = o.WidthMultiplier ?? p.Width,
            AerWidth = o.WidthMultiplier ?? p.AerWidth,
            AddedPerRealClip = o.GeneratedPerRealClip ?? p.AddedPerRealClip,
            CheckpointEvery = o.CheckpointEvery ?? p.CheckpointEvery,
        };
    }

    /// <summary>CPU demo sizes.</summary>
    public static StudyProfile Quick { get; } = new()
    {
        Name = ProfileNames.Quick, GanSteps = 50, CriticSteps = 2, BatchSize = 32, EncoderPretrainSteps = 30,
        ClassifierSteps = 60, Width = 0.125, AerSteps = 150, AerWidth = 0.25, Dropout = 0, LearningRate = 1e-3,
        AddedPerRealClip = 1, ResNetImages = 24, WindowsPerClip = 3,
    };

    /// <summary>Paper sizes (about 100 epochs of ~100 pairs per clip on a GPU).</summary>
    public static StudyProfile Paper { get; } = new()
    {
        Name = ProfileNames.Paper, GanSteps = 20000, CriticSteps = 5, BatchSize = 64, EncoderPretrainSteps = 3000,
        ClassifierSteps = 4000, Width = 1, AerSteps = 4000, AerWidth = 1, Dropout = 0.25, LearningRate = 1e-4, AddedPerRealClip = 1,
        ResNetImages = 10000,
        WindowsPerClip = 10,
    };

    /// <summary>GAN options of a Table I row (the baselines are the same engine with other options).</summary>
    public GanOptions GanOptionsFor(string row, int seed, string device, string? checkpoints)
    {
        var (encoder, loss) = row switch
        {
            RowNames.DacssGan => (EncoderKind.StaticFrame, AdversarialLoss.Conventional),
            RowNames.WganIm2Im => (EncoderKind.StaticFrame, AdversarialLoss.Wasserstein),
            RowNames.TcWgan3dCnn => (EncoderKind.Conv3d, AdversarialLoss.Wasserstein),
            RowNames.TcWganLstm => (EncoderKind.Lstm, AdversarialLoss.Wasserstein),
            RowNames.TcWganTrs => (EncoderKind.TransformerLstm, AdversarialLoss.Wasserstein),
            _ => throw new ArgumentException($"Row '{row}' has no generator.", nameof(row)),
        };
        var preset = GanOptions.FromPreset(Name == ProfileNames.Paper ? GanPreset.Paper : GanPreset.WganGp);
        return preset with
        {
            Encoder = encoder, Loss = loss, Steps = GanSteps, CriticSteps = CriticSteps, BatchSize = BatchSize,
            EncoderPretrainSteps = EncoderPretrainSteps, ClassifierSteps = ClassifierSteps, Width = Width, Dropout = Dropout,
            LearningRate = LearningRate,
            Seed = seed, Device = device, CheckpointDirectory = checkpoints,
            CheckpointEvery = CheckpointEvery ?? Math.Max(50, (EncoderPretrainSteps + ClassifierSteps + GanSteps) / 4),
        };
    }

    /// <summary>Options of the AER classifier Q trained on each row's training set.</summary>
    public ClassifierOptions ClassifierOptionsFor(int seed, string device) => new()
    {
        Kind = ClassifierKind.Q, Width = AerWidth, Steps = AerSteps, BatchSize = BatchSize, Dropout = Dropout, Seed = seed,
        Device = device,
    };
}
