namespace TcWgan.Nn.Tests;

/// <summary>
/// Networks behave in eval mode as they learned in train mode, at their default dropout: on a small learnable set,
/// eval-mode accuracy on the training samples is at most 5 points below train-mode accuracy (it may be higher: train
/// mode measures with dropout's noise, which is what eval mode removes). Two things are checked: no
/// dropout before a batch norm (with it, eval-mode Q predicted a single class), and batch-norm statistics recomputed
/// after training (the running averages trail the weights; after 30 fast steps eval-mode Q16 scored 50 % against
/// 100 % in train mode). Training runs as in the product: the classifier through <see cref="EmotionClassifier.Train"/>,
/// the encoders through the supervised loop and <see cref="BatchNormCalibration"/>, as a GAN's pre-training does.
/// </summary>
public class EvalModeConsistencyTests
{
    private const double Tiny = 0.125;

    private static (double Train, double Eval) Accuracies(nn.Module network, Func<Tensor, Tensor> logitsOf, IBatchSource data)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var all = ScalarMath.Range(0, data.Count, CPU);
        double Accuracy() => logitsOf(data.Inputs(all)).argmax(1).eq(data.Labels).to_type(ScalarType.Float32).mean().item<float>();
        network.train();
        double train = Accuracy();
        network.eval();
        return (train, Accuracy());
    }

    [Theory]
    [InlineData(ClassifierKind.Q)]
    [InlineData(ClassifierKind.Q16)]
    [InlineData(ClassifierKind.Vgg16)]
    public void ClassifiersAgreeInTrainAndEvalMode(ClassifierKind kind)
    {
        var (spectrograms, labels) = EmotionClassifierTests.Set(6, 21);
        var options = new ClassifierOptions { Kind = kind, Width = Tiny, Epochs = 12, BatchSize = 12, FrequencyMasks = 0, TimeMasks = 0, Device = "cpu", Seed = 2 };
        using var trained = EmotionClassifier.Train(spectrograms, labels, options);
        using var data = TensorBatches.From(spectrograms, labels, [3, 28, 112], CPU);
        var q = trained.Network;
        var (train, eval) = Accuracies(q, q.forward, data);
        Assert.True(train > 0.6, $"{kind} should learn the set (train-mode accuracy {train:P0})");
        Assert.True(eval >= train - 0.05, $"{kind}: train mode {train:P0}, eval mode {eval:P0}");
    }

    [Theory]
    [InlineData(EncoderKind.Conv3d)]
    [InlineData(EncoderKind.Lstm)]
    [InlineData(EncoderKind.TransformerLstm)]
    [InlineData(EncoderKind.StaticFrame)]
    public void EncodersAgreeInTrainAndEvalMode(EncoderKind kind)
    {
        var random = new Random(5);
        var windows = new List<byte[]>();
        var labels = new List<int>();
        for (int i = 0; i < 36; i++)
        {
            int emotion = i % Emotions.Count;
            windows.Add(SyntheticData.Window(emotion, random).Select(v => (byte)Math.Round(v * 255)).ToArray());
            labels.Add(emotion);
        }
        var flat = windows.SelectMany(w => w).ToArray();
        using var bytes = tensor(flat, [windows.Count, 10, 3, 28, 28]);
        using var labelTensor = tensor(labels.Select(l => (long)l).ToArray());
        using var data = new WindowBatches(bytes, labelTensor);
        using var generator = new Generator(2, CPU);
        using var encoder = TemporalEncoder.Create(kind, Tiny, new GanOptions().Dropout, 4, generator);
        Tensor Logits(Tensor x) => encoder.EmotionLogits(encoder.forward(x));
        using (var init = new Generator(11, CPU)) ParameterInit.Reset(encoder, init);
        // 120 steps, not 60: at 60 an under-trained Transformer-LSTM flips whole classes between the modes, so the
        // check passed or failed by the dropout masks' luck (12 seeds: 2 failures with libtorch's bernoulli masks,
        // 3 with uniform-threshold masks, in either direction); at 120 all 48 encoder runs agreed within 5 points.
        const long steps = 120;
        using (var loop = new SupervisedLoop(encoder, Logits, data, new SupervisedSettings(steps, 12, 3e-3, 0.01, 0.1, true, 3), generator, CPU))
            for (long s = 0; s < steps; s++) loop.Step(s);
        BatchNormCalibration.Recalibrate(encoder, BatchNormCalibration.Chunks(data, CPU), x => encoder.forward(x));
        var (train, eval) = Accuracies(encoder, Logits, data);
        Assert.True(train > 0.6, $"{kind} should learn the set (train-mode accuracy {train:P0})");
        Assert.True(eval >= train - 0.05, $"{kind}: train mode {train:P0}, eval mode {eval:P0}");
    }

    [Fact]
    public void TheDefaultClassifierDoesNotCollapseInEvalMode()
    {
        // Every default (paper width, dropout, masks, schedule), on 36 learnable rows.
        var (spectrograms, labels) = EmotionClassifierTests.Set(6, 31);
        using var q = EmotionClassifier.Train(spectrograms, labels, new ClassifierOptions { Device = "cpu", Seed = 4 });
        var predicted = EmotionClassifierTests.Predictions(q, spectrograms);
        Assert.Equal(Emotions.Count, predicted.Distinct().Count());
        Assert.True(predicted.Where((p, i) => p == labels[i]).Count() >= 0.9 * labels.Count);
    }
}
