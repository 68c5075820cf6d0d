// A user's first program against the TcWgan packages: spectrograms from WAV paths, a standard ML.NET trainer, one
// saved .zip, loaded again in a fresh context and used through a PredictionEngine; and libtorch computing (the
// GLIBCXX fix reached this app's output through TcWgan.Nn's buildTransitive targets).
using Microsoft.ML;
using TcWgan.Dsp;
using TcWgan.MLNet;
using TorchSharp;

string work = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "tcwgan-consumer");
Directory.CreateDirectory(work);

using (var sum = torch.tensor(new float[] { 1, 2 }).sum())
    Console.WriteLine($"libtorch {torch.__version__}: 1 + 2 = {sum.item<float>()}");

// Twelve short tones, low for Sadness and high for Happiness.
var rows = new List<Clip>();
for (int i = 0; i < 12; i++)
{
    bool happy = i % 2 == 0;
    double hz = (happy ? 880 : 220) * (1 + 0.03 * i);
    var samples = new float[9600]; // 0.6 s at 16 kHz
    for (int n = 0; n < samples.Length; n++) samples[n] = (float)(0.5 * Math.Sin(2 * Math.PI * hz * n / 16000));
    string path = Path.Combine(work, $"clip{i:D2}.wav");
    Wav.Write(path, samples, 16000);
    rows.Add(new Clip { AudioPath = path, Label = happy ? "Happiness" : "Sadness" });
}

var ml = new MLContext(seed: 1);
var data = ml.Data.LoadFromEnumerable(rows);
var pipeline = ml.Transforms.LoadSpectrogram()                              // AudioPath → Spectrogram (3 × 28 × 112)
    .Append(ml.Transforms.Conversion.MapValueToKey("Label"))
    .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy("Label", "Spectrogram"))
    .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedEmotion", "PredictedLabel"));
var model = pipeline.Fit(data);
string zip = Path.Combine(work, "aer.zip");
ml.Model.Save(model, data.Schema, zip);

var fresh = new MLContext(seed: 2);
TcWganMLNet.Register(fresh);
var loaded = fresh.Model.Load(zip, out _);
var engine = fresh.Model.CreatePredictionEngine<Clip, Prediction>(loaded);
int correct = rows.Count(r => engine.Predict(r).PredictedEmotion == r.Label);
Console.WriteLine($"saved {zip} ({new FileInfo(zip).Length} bytes); reloaded model right on {correct}/{rows.Count} clips");
return correct >= rows.Count / 2 ? 0 : 3;

public sealed class Clip
{
    public string AudioPath { get; set; } = "";
    public string Label { get; set; } = "";
}

public sealed class Prediction
{
    public string PredictedEmotion { get; set; } = "";
}
