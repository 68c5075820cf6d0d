using BenchmarkDotNet.Attributes;
using Microsoft.ML;
using TcWgan.MLNet;
using TcWgan.Nn;

namespace TcWgan.Benchmarks.MLNet;

/// <summary>
/// Is <c>AugmentAudioFromFace(...).Fit</c> at most 5 % slower than calling <see cref="GanTrainer.Train(GanDataset, System.Threading.CancellationToken)"/> directly on
/// the same clips (48 rows, each its own clip, 30 steps over the phases, width 0.25, CPU)? Fit includes reading the
/// rows and grouping them into clips.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FitBenchmarks
{
    private MLContext _ml = null!;
    private IDataView _data = null!;
    private AugmentAudioOptions _options = null!;
    private GanDataset _dataset = null!;

    /// <summary>Builds the rows and the raw dataset the same way Fit does.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ml = new MLContext(seed: 1);
        var rows = BenchmarkRow.Create(48, seed: 2);
        _data = _ml.Data.LoadFromEnumerable(rows);
        _options = new AugmentAudioOptions
        {
            Gan = GanOptions.FromPreset(GanPreset.WganGp) with
            {
                Encoder = EncoderKind.Conv3d, Width = 0.25, Steps = 20, EncoderPretrainSteps = 5, ClassifierSteps = 5,
                BatchSize = 16, Device = "cpu", Seed = 1,
            },
        };
        _dataset = new GanDataset();
        for (int i = 0; i < rows.Length; i++)
            _dataset.AddWindow(_dataset.AddClip(rows[i].Spectrogram, (int)Emotions.Parse(rows[i].Label)), rows[i].FaceWindow);
    }

    /// <summary>The raw training loop (the baseline).</summary>
    [Benchmark(Baseline = true)]
    public TimeSpan RawTrain()
    {
        using var model = new GanTrainer(_options.Gan).Train(_dataset);
        return model.TrainingTime;
    }

    /// <summary>
    /// What Fit does besides training: reading the rows through a cursor and grouping them into clips
    /// (the load-independent part of the Fit − RawTrain difference).
    /// </summary>
    [Benchmark]
    public int ReadTrainingRows() =>
        ((AugmentAudioFromFaceEstimator)_ml.Transforms.AugmentAudioFromFace(options: _options)).ReadTrainingSet(_data).Windows.Count;

    /// <summary>The ML.NET estimator's Fit on the same rows.</summary>
    [Benchmark]
    public TimeSpan Fit()
    {
        using var transformer = _ml.Transforms.AugmentAudioFromFace(options: _options).Fit(_data);
        return transformer.Model.TrainingTime;
    }
}
