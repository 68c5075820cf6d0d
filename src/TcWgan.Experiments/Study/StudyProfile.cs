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
    /// <summary>Critic updates per generator update of the Wasserstein rows (the conventional GAN's preset uses 1).</summary>
    public required int CriticSteps { get; init; }
    public required int BatchSize { get; init; }
    public required int EncoderPretrainSteps { get; init; }
    /// <summary>Generator warm-up steps (L1 and Q only) before the adversarial steps.</summary>
    public int GeneratorPretrainSteps { get; init; }
    /// <summary>Pre-training steps of the auxiliary Q inside each GAN.</summary>
    public required int ClassifierSteps { get; init; }
    /// <summary>Width multiplier of the GAN's networks (1 = paper size).</summary>
    public required double Width { get; init; }
    /// <summary>Width multiplier of the critic alone (null = <see cref="Width"/>).</summary>
    public double? CriticWidth { get; init; }
    /// <summary>DiffAugment-style masks on the critic's real and fake inputs.</summary>
    public bool AugmentCriticInputs { get; init; }
    /// <summary>
    /// Multiplier on the presets' learning rates (WGAN-GP 1e-4, conventional 2e-4): the presets are tuned for tens of
    /// thousands of steps; a profile of a few hundred steps needs larger ones.
    /// </summary>
    public required double LearningRateScale { get; init; }
    /// <summary>The AER classifier every row is scored with (the same settings for every row).</summary>
    public required ClassifierOptions AerClassifier { get; init; }
    /// <summary>
    /// Epochs of the CAS classifier (the AER classifier trained on generated spectrograms alone); null = the AER
    /// classifier's. Its training set is half the size of a fused row's and holds no real clip to overfit.
    /// </summary>
    public int? CasEpochs { get; init; }
    /// <summary>Generated (or SpecAugment) samples added per real training clip.</summary>
    public required double AddedPerRealClip { get; init; }
    /// <summary>At most this many generated/real images go into each ResNet18 FID (the featurizer is slow on CPU).</summary>
    public required int ResNetImages { get; init; }
    /// <summary>Steps between GAN checkpoints; null = a quarter of the training, at least 50.</summary>
    public int? CheckpointEvery { get; init; }
    /// <summary>L-BFGS iterations of the ML.NET <c>LbfgsMaximumEntropy</c> column trained beside every row's CNN.</summary>
    public int LbfgsIterations { get; init; } = 200;
    /// <summary>Face windows used per clip when training the generator (middle ones first).</summary>
    public required int WindowsPerClip { get; init; }
    /// <summary>Generator loss weights (null keeps <see cref="GanOptions"/>' defaults: L1 10, Q 0.1, critic's emotion head 1).</summary>
    public double? L1Weight { get; init; }
    public double? ClassifierWeight { get; init; }
    public double? AuxiliaryClassifierWeight { get; init; }

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
            GeneratorPretrainSteps = o.GeneratorPretrainSteps ?? p.GeneratorPretrainSteps,
            ClassifierSteps = o.ClassifierSteps ?? p.ClassifierSteps,
            Width = o.WidthMultiplier ?? p.Width,
            CriticWidth = o.CriticWidth ?? p.CriticWidth,
            AugmentCriticInputs = o.AugmentCriticInputs ?? p.AugmentCriticInputs,
            AerClassifier = p.AerClassifier with
            {
                Epochs = o.AerEpochs ?? p.AerClassifier.Epochs,
                Width = o.AerWidth ?? p.AerClassifier.Width,
            },
            CasEpochs = o.CasEpochs ?? p.CasEpochs,
            AddedPerRealClip = o.GeneratedPerRealClip ?? p.AddedPerRealClip,
            CheckpointEvery = o.CheckpointEvery ?? p.CheckpointEvery,
            CriticSteps = o.CriticSteps ?? p.CriticSteps,
            LearningRateScale = o.LearningRateScale ?? p.LearningRateScale,
            L1Weight = o.L1Weight ?? p.L1Weight,
            ClassifierWeight = o.ClassifierWeight ?? p.ClassifierWeight,
            AuxiliaryClassifierWeight = o.AuxiliaryClassifierWeight ?? p.AuxiliaryClassifierWeight,
        };
    }

    /// <summary>
    /// CPU demo sizes (measured on 2 cores: see the README's demo section). The critic keeps half the paper's width
    /// (8–64 channels; ~2 MFLOP per sample, against G's ~30 at 1/8) and sees masked real and fake inputs alike: at 1/8
    /// its first layers had 2 and 4 channels and the generator drew blobs (demo, tc-wGANs:3dCNN, 3 seeds: CAS 20.8 →
    /// 25.9 %, FID (emotion) 83 → 27). The L1 term weighs 30, not the preset's 10: with the masked wide critic G then
    /// keeps the clip's layout (demo, tc-wGANs:3dCNN, 3 seeds: SSIM 0.245 ± 0.026 → 0.271 ± 0.011, bursts and gaps still
    /// drawn; CAS 25.9 → 23.1 %, at no cost in time). The AER classifier trains 16 epochs over the real training clips,
    /// and so every row's and the CAS classifier the same number of steps (<see cref="ClassifierOptionsFor"/>): at
    /// 8 epochs for every row the real-only CNN was under-trained (29.4 ± 1.1 %, below log-mel statistics' 30.6 %) and
    /// the doubled rows' gains were mostly their doubled steps (demo, 3 seeds, real-only 29.4 → 35.0 ± 1.6 %, SpecAugment
    /// ×2 37.5 → 38.0 %; +57 s of the study's wall time with the CAS classifier at 16 epochs instead of 5).
    /// 200 adversarial steps, not 100, spend what the faster GAN step saved (demo, 3 seeds, same corpus and cache,
    /// 2026-12-07): FID (emotion) 3dCNN 85 → 40, LSTM 87 → 64, Transformer-LSTM 71 → 36; CAS 3dCNN 19.9 → 23.1 %,
    /// Transformer-LSTM 16.2 → 28.9 %; the generated rows from −6.0…−1.6 to −2.8…+0.9 points against real-only (every
    /// interval still includes 0); the study's rows +90 s.
    /// </summary>
    public static StudyProfile Quick { get; } = new()
    {
        Name = ProfileNames.Quick, GanSteps = 200, CriticSteps = 2, BatchSize = 16, EncoderPretrainSteps = 15,
        ClassifierSteps = 60, Width = 0.125, CriticWidth = 0.5, AugmentCriticInputs = true, L1Weight = 30, LearningRateScale = 10,
        LbfgsIterations = 60,
        AerClassifier = new ClassifierOptions { Width = 0.25, Epochs = 16 },
        AddedPerRealClip = 1, ResNetImages = 16, WindowsPerClip = 3,
    };

    /// <summary>Paper sizes (about 100 epochs of the clips' windows on a GPU) and the AER classifier's defaults.</summary>
    public static StudyProfile Paper { get; } = new()
    {
        Name = ProfileNames.Paper, GanSteps = 20000, CriticSteps = 5, BatchSize = 64, EncoderPretrainSteps = 3000,
        ClassifierSteps = 4000, Width = 1, LearningRateScale = 1,
        AerClassifier = new ClassifierOptions(),
        AddedPerRealClip = 1, ResNetImages = 10000, WindowsPerClip = 10,
    };

    /// <summary>
    /// GAN options of a Table I row: the preset of the row's objective (WGAN-GP for the Wasserstein rows, DCGAN's
    /// settings for dacssGAN, each with its own optimiser, learning rate and critic steps), then this profile's sizes.
    /// </summary>
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
        var preset = GanOptions.FromPreset(GanOptions.PresetFor(loss));
        return preset with
        {
            Encoder = encoder, Steps = GanSteps, BatchSize = BatchSize,
            CriticSteps = loss == AdversarialLoss.Wasserstein ? CriticSteps : preset.CriticSteps,
            LearningRate = preset.LearningRate * LearningRateScale,
            EncoderPretrainSteps = EncoderPretrainSteps, ClassifierSteps = ClassifierSteps, GeneratorPretrainSteps = GeneratorPretrainSteps, Width = Width,
            CriticWidth = CriticWidth, AugmentCriticInputs = AugmentCriticInputs,
            L1Weight = L1Weight ?? preset.L1Weight, ClassifierWeight = ClassifierWeight ?? preset.ClassifierWeight,
            AuxiliaryClassifierWeight = AuxiliaryClassifierWeight ?? preset.AuxiliaryClassifierWeight,
            Seed = seed, Device = device, CheckpointDirectory = checkpoints,
            CheckpointEvery = CheckpointEvery ?? Math.Max(50, (EncoderPretrainSteps + ClassifierSteps + GeneratorPretrainSteps + GanSteps) / 4),
        };
    }

    /// <summary>
    /// Options of the AER classifier trained on a row's <paramref name="trainingRows"/> rows. The profile's epochs are
    /// epochs over the <paramref name="realRows"/> real training clips; a larger training set trains proportionally
    /// fewer epochs, so every row makes the same number of optimiser steps and "Δ vs real-only" measures the added
    /// data, not added training (measured: see <see cref="Quick"/>).
    /// </summary>
    public ClassifierOptions ClassifierOptionsFor(int seed, string device, int realRows, int trainingRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(realRows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trainingRows, 1);
        int epochs = Math.Max(1, (int)Math.Round((double)AerClassifier.Epochs * realRows / trainingRows));
        return AerClassifier with { Epochs = epochs, Seed = seed, Device = device };
    }

    /// <summary>Options of the CAS classifier on <paramref name="generatedRows"/> rows: <see cref="CasEpochs"/> when set, else the same steps as every AER classifier.</summary>
    public ClassifierOptions CasClassifierOptionsFor(int seed, string device, int realRows, int generatedRows)
    {
        var options = ClassifierOptionsFor(seed, device, realRows, generatedRows);
        return CasEpochs is { } epochs ? options with { Epochs = epochs } : options;
    }
}
