using Microsoft.ML;
using TcWgan.MLNet.Tests.Support;

namespace TcWgan.MLNet.Tests.Augmentation;

/// <summary>One tiny fitted AugmentAudioFromFace shared by the tests of a class (training takes a few seconds).</summary>
public sealed class TinyGanFixture : IDisposable
{
    public TinyGanFixture()
    {
        Ml = new MLContext(seed: 1);
        Rows = SyntheticRows.Create(12);
        Data = Ml.Data.LoadFromEnumerable(Rows);
        Estimator = Ml.Transforms.AugmentAudioFromFace(options: SyntheticRows.TinyAugment());
        Model = Estimator.Fit(Data);
    }

    public MLContext Ml { get; }
    internal SyntheticRows.Row[] Rows { get; }
    public IDataView Data { get; }
    public AugmentAudioFromFaceEstimator Estimator { get; }
    public AugmentAudioFromFaceTransformer Model { get; }

    public void Dispose() => Model.Dispose();
}
