using Microsoft.ML;
using TcWgan.Data;
using TcWgan.Experiments.Config;
using TcWgan.Experiments.Corpus;
using TcWgan.Metrics;
using TcWgan.MLNet;
using TcWgan.Nn;

namespace TcWgan.Experiments.Study;

/// <summary>What every row of one run shares: the prepared corpus, its ML.NET views and the metric extractors.</summary>
public sealed class StudyContext : IDisposable
{
    private readonly Dictionary<int, SpectrogramCnnTransformer> _realOnlyJudges = [];

    /// <summary>Builds the shared views of a prepared corpus.</summary>
    public StudyContext(ExperimentConfig config, StudyProfile profile, PreparedCorpus corpus, string device)
    {
        Config = config;
        Profile = profile;
        Corpus = corpus;
        Device = device;
        Ml = new MLContext(seed: 0);
        TcWganMLNet.Register(Ml);
        TrainClean = StudyRows.Clean(corpus.Train);
        TestClean = StudyRows.Clean(corpus.Test);
        TestView = StudyRows.View(Ml, TestClean);
        TestFaces = corpus.Test.Select(c => new FaceRow
        {
            Label = c.Clip.Emotion.Name(),
            FaceWindow = StudyRows.MiddleWindows(c, 1).First(),
            Spectrogram = c.Spectrogram,
        }).ToList();
        ResNet = new ResNet18Features();
        Quality = new QualityMetrics(ResNet, TestClean.Select(r => r.Spectrogram).ToList(), profile.ResNetImages);
    }

    public ExperimentConfig Config { get; }
    public StudyProfile Profile { get; }
    public PreparedCorpus Corpus { get; }
    public string Device { get; }
    public MLContext Ml { get; }
    public List<SpectrogramRow> TrainClean { get; }
    public List<SpectrogramRow> TestClean { get; }
    public IDataView TestView { get; }
    /// <summary>Each test clip's middle face window with its label and real spectrogram (for quality metrics).</summary>
    public List<FaceRow> TestFaces { get; }
    public ResNet18Features ResNet { get; }
    public QualityMetrics Quality { get; }

    /// <summary>Samples added by augmentation rows (SpecAugment baseline and GANs): the same count for all.</summary>
    public int AddedSamples => (int)Math.Round(Profile.AddedPerRealClip * TrainClean.Count);

    /// <summary>Folder of one (row, seed) inside the run folder.</summary>
    public string RowDirectory(string row, int seed)
    {
        string dir = Path.Combine(Config.OutputDirectory, "rows", $"{row}.seed{seed}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// The real-only CNN of a seed, the judge for FID (emotion) and IS; trained once per seed and saved as an
    /// ML.NET .zip in the run folder, so a resumed run reloads it instead of retraining.
    /// </summary>
    public SpectrogramCnnTransformer RealOnlyJudge(int seed)
    {
        if (_realOnlyJudges.TryGetValue(seed, out var judge)) return judge;
        string path = Path.Combine(RowDirectory(RowNames.RealOnly, seed), "aer-cnn.zip");
        ITransformer model;
        if (File.Exists(path))
        {
            model = Ml.Model.Load(path, out _);
        }
        else
        {
            var trained = AerTraining.TrainCnn(Ml, StudyRows.View(Ml, TrainClean), TestView, Profile, seed, Device);
            SaveModel(trained.Model, StudyRows.View(Ml, TrainClean), path);
            model = trained.Model;
        }
        judge = ((IEnumerable<ITransformer>)model).OfType<SpectrogramCnnTransformer>().Last();
        _realOnlyJudges[seed] = judge;
        return judge;
    }

    /// <summary>Saves a fitted model atomically.</summary>
    public void SaveModel(ITransformer model, IDataView schemaSource, string path)
    {
        string temp = path + ".tmp";
        Ml.Model.Save(model, schemaSource.Schema, temp);
        File.Move(temp, path, overwrite: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ResNet.Dispose();
        foreach (var judge in _realOnlyJudges.Values) judge.Dispose();
    }
}
