using NWaves.FeatureExtractors;
using NWaves.FeatureExtractors.Options;
using Xunit.Abstractions;

namespace TcWgan.Demo.Tests;

/// <summary>
/// Emotion is present but not trivial in the audio: a softmax regression on log-filterbank / pitch / energy summary
/// statistics of the demo preset's voices, trained on actors 1001–1008, tested on held-out actors 1009–1012.
/// </summary>
public sealed class AudioClassifierTests(ITestOutputHelper output)
{
    [Fact]
    public void Audio_only_classifier_on_held_out_speakers_is_above_chance_and_clearly_imperfect()
    {
        var plan = CorpusPlan.Create(new DemoCorpusOptions { Layout = DemoLayout.CremaD, Preset = DemoPreset.Demo, Seed = 1 });
        var voice = new VoiceSynthesizer();
        var features = new double[plan.Clips.Count][];
        Parallel.For(0, plan.Clips.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            features[i] = Summary(ClipContent.Create(plan.Clips[i], 1, voice).Utterance.Samples));
        var labels = plan.Clips.Select(c => (int)c.Emotion).ToArray();
        var train = plan.Clips.Select(c => c.Actor.Number <= 1008).ToArray();

        var (accuracy, confusion) = SoftmaxRegression.TrainAndTest(features, labels, train, Emotions.Count);
        output.WriteLine($"held-out accuracy {accuracy:F3} on {train.Count(t => !t)} clips (chance 0.167)");
        for (int a = 0; a < Emotions.Count; a++)
            output.WriteLine($"{Emotions.Names[a],-10} " + string.Join(" ", Enumerable.Range(0, Emotions.Count).Select(b => confusion[a, b].ToString().PadLeft(3))));
        Assert.InRange(accuracy, 0.3, 0.9);
    }

    /// <summary>Mean and s.d. of 24 log filterbank energies, pitch median and spread, energy mean/s.d., active fraction.</summary>
    private static double[] Summary(float[] x)
    {
        const int sr = DemoDefaults.SampleRate, hop = 160, win = 400;
        var fb = new FilterbankExtractor(new FilterbankOptions
        {
            SamplingRate = sr, FrameDuration = 0.025, HopDuration = 0.010, FilterBankSize = 24,
        });
        var frames = fb.ComputeFrom(x);
        var energyDb = new double[frames.Count];
        for (int k = 0; k < frames.Count; k++)
        {
            double s = 0;
            int a = k * hop, b = Math.Min(x.Length, a + win);
            for (int i = a; i < b; i++) s += x[i] * (double)x[i];
            energyDb[k] = 10 * Math.Log10(s / Math.Max(1, b - a) + 1e-10);
        }
        double peak = energyDb.Max();
        var active = Enumerable.Range(0, frames.Count).Where(k => energyDb[k] > peak - 30).ToArray();
        var f = new List<double>();
        for (int j = 0; j < frames[0].Length; j++)
        {
            var v = active.Select(k => Math.Log(frames[k][j] + 1e-8)).ToArray();
            double m = v.Average();
            f.Add(m);
            f.Add(Math.Sqrt(v.Average(t => (t - m) * (t - m))));
        }
        var f0 = new List<double>();
        foreach (int k in active.Where(k => k % 3 == 0))
        {
            double p = PitchEstimate.Hz(x, sr, k * hop, 480, 70, 450);
            if (p > 0) f0.Add(12 * Math.Log2(p / 100.0));
        }
        f0.Sort();
        double Q(double z) => f0.Count == 0 ? 0 : f0[(int)(z * (f0.Count - 1))];
        f.Add(Q(0.5));
        f.Add(Q(0.9) - Q(0.1));
        var e = active.Select(k => energyDb[k]).ToArray();
        double me = e.Average();
        f.Add(me);
        f.Add(Math.Sqrt(e.Average(t => (t - me) * (t - me))));
        f.Add((double)active.Length / frames.Count);
        return f.ToArray();
    }
}
