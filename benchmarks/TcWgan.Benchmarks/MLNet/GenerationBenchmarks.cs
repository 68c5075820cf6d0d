using BenchmarkDotNet.Attributes;
using Microsoft.ML;
using Microsoft.ML.Data;
using TcWgan.MLNet;
using TcWgan.Nn;

namespace TcWgan.Benchmarks.MLNet;

/// <summary>
/// Does generating through the ML.NET transformer (cursor over <c>AugmentAudioFromFace</c>'s output, batches of 64
/// inside) keep at least 90 % of the rate of raw batched <see cref="FaceToAudioModel.Generate"/> calls on the same
/// 256 rows? Full-width paper generator with the TransformerLstm encoder, CPU, weights untrained (speed does not
/// depend on them).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GenerationBenchmarks
{
    private const int Rows = 256, Batch = 64;
    private MLContext _ml = null!;
    private IDataView _data = null!;
    private AugmentAudioFromFaceTransformer _transformer = null!;
    private float[] _windows = [];
    private int[] _emotions = [];
    private long[] _seeds = [];

    /// <summary>Builds the model (no training steps) and the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ml = new MLContext(seed: 1);
        var rows = BenchmarkRow.Create(Rows, seed: 1);
        _data = _ml.Data.Cache(_ml.Data.LoadFromEnumerable(rows));
        var options = new AugmentAudioOptions
        {
            Gan = GanOptions.FromPreset(GanPreset.WganGp) with { Steps = 0, EncoderPretrainSteps = 0, ClassifierSteps = 0, Device = "cpu", Seed = 1 },
            GenerationBatchSize = Batch,
        };
        _transformer = _ml.Transforms.AugmentAudioFromFace(options: options).Fit(_ml.Data.LoadFromEnumerable(rows.Take(8)));
        _windows = rows.SelectMany(r => r.FaceWindow).ToArray();
        _emotions = rows.Select(r => (int)Emotions.Parse(r.Label)).ToArray();
        _seeds = Enumerable.Range(0, Rows).Select(i => (long)i).ToArray();
        _ = _data.GetColumn<string>("Label").Count();   // fill the cache outside the measurement
    }

    /// <summary>Releases the model.</summary>
    [GlobalCleanup]
    public void Cleanup() => _transformer.Dispose();

    /// <summary>Raw generator forward in batches of 64 (the baseline).</summary>
    [Benchmark(Baseline = true)]
    public float RawGenerate()
    {
        float sum = 0;
        for (int start = 0; start < Rows; start += Batch)
        {
            int n = Math.Min(Batch, Rows - start);
            var output = _transformer.Model.Generate(_windows.AsSpan(start * Shapes.WindowLength, n * Shapes.WindowLength),
                _emotions.AsSpan(start, n), _seeds.AsSpan(start, n));
            sum += output[0];
        }
        return sum;
    }

    /// <summary>The same rows through the transformer, read with a cursor.</summary>
    [Benchmark]
    public float Transformer()
    {
        var output = _transformer.Transform(_data);
        var column = output.Schema["GeneratedSpectrogram"];
        using var cursor = output.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> value = default;
        float sum = 0;
        while (cursor.MoveNext())
        {
            getter(ref value);
            sum += value.GetValues()[0];
        }
        return sum;
    }
}
