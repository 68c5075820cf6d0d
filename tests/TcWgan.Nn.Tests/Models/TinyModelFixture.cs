namespace TcWgan.Nn.Tests;

/// <summary>One tiny trained model shared by the model tests (training it once keeps them fast).</summary>
public sealed class TinyModelFixture : IDisposable
{
    internal GanDataset Data { get; } = SyntheticData.Create(6, 3, 9);
    public FaceToAudioModel Model { get; }

    public TinyModelFixture()
    {
        var options = SyntheticData.TinyOptions(null, EncoderKind.TransformerLstm) with { EncoderPretrainSteps = 2, ClassifierSteps = 1, Steps = 2 };
        Model = new GanTrainer(options).Train(Data);
    }

    public void Dispose() => Model.Dispose();
}
