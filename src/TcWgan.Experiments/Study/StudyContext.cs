using System.Collections.Concurrent;
using TcWgan.Experiments.Corpus;

namespace TcWgan.Experiments.Study;

/// <summary>
/// What every row of one fold shares: the fold's clips as ML.NET rows and views, the quality metrics and the real-only
/// judge of each seed. Safe to use from several jobs at once.
/// </summary>
public sealed class StudyContext : IDisposable
{
    private readonly ConcurrentDictionary<int, Lazy<SpectrogramCnnTransformer>> _realOnlyJudges = new();

    /// <summary>Builds the shared views of one prepared fold; <paramref name="resNet"/> is shared by every fold.</summary>
    public StudyContext(ExperimentConfig config, StudyProfile profile, PreparedFold fold, string device, ResNet18Features resNet)
    {
        Config = config;
        Profile = profile;
        Fold = fold;
        Device = device;
        Ml = new MLContext(seed: 0);
        TcWganMLNet.Register(Ml);
        TrainClean = StudyRows.Clean(fold.Train);
        var validation = StudyRows.Clean(fold.Validation);
        TestClean = StudyRows.Clean(fold.Test);
        TestView = StudyRows.View(Ml, TestClean);
        ValidationView = validation.Count > 0 ? StudyRows.View(Ml, validation) : null;
        HasFaces = fold.Train.All(c => c.WindowCount > 0) && fold.Test.All(c => c.WindowCount > 0);
        TestFaces = HasFaces
            ? fold.Test.Select(c => new FaceRow
            {
                Label = c.Clip.Emotion.Name(),
                FaceWindow = StudyRows.MiddleWindows(c, 1).First(),
                Spectrogram = c.Spectrogram,
            }).ToList()
            : [];
        Quality = new QualityMetrics(resNet, TestClean.Select(r => r.Spectrogram).ToList(), profile.ResNetImages);
    }

    public ExperimentConfig Config { get; }
    public StudyProfile Profile { get; }
    public PreparedFold Fold { get; }
    public string Device { get; }
    /// <summary>The context the shared views were made with (each job makes its own for training).</summary>
    public MLContext Ml { get; }
    public List<SpectrogramRow> TrainClean { get; }
    public List<SpectrogramRow> TestClean { get; }
    public IDataView TestView { get; }
    /// <summary>The validation clips (early stopping of every AER classifier), or null when the split has none.</summary>
    public IDataView? ValidationView { get; }
    /// <summary>True when every clip has face windows (an audio-visual corpus): the generator rows can run.</summary>
    public bool HasFaces { get; }
    /// <summary>Each test clip's middle face window with its label and real spectrogram (for quality metrics).</summary>
    public List<FaceRow> TestFaces { get; }
    public QualityMetrics Quality { get; }

    /// <summary>Samples added by augmentation rows (SpecAugment baseline and GANs): the same count for all.</summary>
    public int AddedSamples => (int)Math.Round(Profile.AddedPerRealClip * TrainClean.Count);

    /// <summary>The AER classifier's options for a training set of <paramref name="trainingRows"/> rows (the real-only steps).</summary>
    public ClassifierOptions AerOptions(int seed, int trainingRows) => Profile.ClassifierOptionsFor(seed, Device, TrainClean.Count, trainingRows);

    /// <summary>The CAS classifier's options for <paramref name="generatedRows"/> generated rows.</summary>
    public ClassifierOptions CasOptions(int seed, int generatedRows) => Profile.CasClassifierOptionsFor(seed, Device, TrainClean.Count, generatedRows);

    /// <summary>Folder of one (row, seed) of this fold inside the run folder.</summary>
    public string RowDirectory(string row, int seed)
    {
        string dir = Config.Run.Row(row, Fold.Index, seed);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>The path of the real-only AER model of a seed.</summary>
    public string RealOnlyModelPath(int seed) => Path.Combine(RowDirectory(RowNames.RealOnly, seed), "aer-cnn.zip");

    /// <summary>
    /// The real-only CNN of a seed, the judge for FID (emotion) and IS; trained once per seed (whichever job asks first)
    /// and saved as an ML.NET .zip in the run folder, so a resumed run reloads it instead of retraining.
    /// </summary>
    public SpectrogramCnnTransformer RealOnlyJudge(int seed) => _realOnlyJudges.GetOrAdd(seed, s => new Lazy<SpectrogramCnnTransformer>(() =>
    {
        var ml = new MLContext(seed: s);
        TcWganMLNet.Register(ml);
        string path = RealOnlyModelPath(s);
        ITransformer model;
        if (File.Exists(path)) model = ml.Model.Load(path, out _);
        else
        {
            var trainView = StudyRows.View(ml, TrainClean);
            var trained = AerTraining.TrainCnn(ml, trainView, ValidationView, AerOptions(s, TrainClean.Count));
            AtomicFile.Write(path, stream => ml.Model.Save(trained, trainView.Schema, stream));
            AerTraining.WriteEpochs(Path.Combine(RowDirectory(RowNames.RealOnly, s), "aer-cnn-epochs.csv"), trained);
            model = trained;
        }
        return ((IEnumerable<ITransformer>)model).OfType<SpectrogramCnnTransformer>().Last();
    })).Value;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var judge in _realOnlyJudges.Values.Where(j => j.IsValueCreated)) judge.Value.Dispose();
    }
}
