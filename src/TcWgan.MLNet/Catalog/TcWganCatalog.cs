using TcWgan.MLNet;

namespace Microsoft.ML;

/// <summary>
/// Entry points of TcWgan.MLNet on <c>mlContext.Transforms</c>, <c>mlContext.Data</c> and
/// <c>mlContext.MulticlassClassification.Trainers</c>. Call <see cref="TcWganMLNet.Register(MLContext)"/> before loading a saved
/// model that contains these stages.
/// </summary>
public static class TcWganCatalog
{
    /// <summary>
    /// Decodes the audio of each row's file and computes its spectrogram image.
    /// </summary>
    /// <param name="catalog">The transforms catalog.</param>
    /// <param name="outputColumnName">Added column: <c>Vector&lt;Single, 3, 28, 112&gt;</c> in [−1, 1] (NaN when the clip cannot be decoded).</param>
    /// <param name="audioPathColumnName">Input column: <c>String</c>, the path of an audio or video file.</param>
    /// <param name="options">Spectrogram settings; null for the paper's defaults.</param>
    /// <example>See <c>pipelines/CremaD/Program.cs</c>.</example>
    public static SpectrogramLoadingEstimator LoadSpectrogram(this TransformsCatalog catalog,
        string outputColumnName = Defaults.Spectrogram, string audioPathColumnName = Defaults.AudioPath,
        SpectrogramLoadingOptions? options = null) =>
        new(Env(catalog), outputColumnName, audioPathColumnName, options);

    /// <summary>
    /// Finds the face in each row's video and cuts the clip's middle face window.
    /// </summary>
    /// <param name="catalog">The transforms catalog.</param>
    /// <param name="outputColumnName">Added column: <c>Vector&lt;Single, 10, 3, 28, 28&gt;</c> in [0, 1] (NaN when no window can be made).</param>
    /// <param name="videoPathColumnName">Input column: <c>String</c>, a video path or a folder of face image frames.</param>
    /// <param name="options">Face settings; null for the defaults.</param>
    /// <example>See <c>pipelines/CremaD/Program.cs</c>.</example>
    public static FaceWindowLoadingEstimator LoadFaceWindows(this TransformsCatalog catalog,
        string outputColumnName = Defaults.FaceWindow, string videoPathColumnName = Defaults.VideoPath,
        FaceWindowLoadingOptions? options = null) =>
        new(Env(catalog), outputColumnName, videoPathColumnName, options);

    /// <summary>
    /// Trains the temporal face encoder and tc-wGAN on the rows given to <c>Fit</c> (or loads a pre-trained model) and
    /// generates, per row, a spectrogram of the row's target emotion from its face window.
    /// </summary>
    /// <param name="catalog">The transforms catalog.</param>
    /// <param name="outputColumnName">Added column: <c>Vector&lt;Single, 3, 28, 112&gt;</c> in [−1, 1].</param>
    /// <param name="faceWindowColumnName">Input column: <c>Vector&lt;Single, 10, 3, 28, 28&gt;</c>.</param>
    /// <param name="labelColumnName">Input column: the target emotion (text name, key or class index 0..5).</param>
    /// <param name="options">GAN and generation settings; <c>Fit</c> also reads <see cref="AugmentAudioOptions.RealSpectrogramColumnName"/>.</param>
    /// <example>See <c>pipelines/CremaD/Program.cs</c>.</example>
    public static AugmentAudioFromFaceEstimator AugmentAudioFromFace(this TransformsCatalog catalog,
        string outputColumnName = Defaults.GeneratedSpectrogram, string faceWindowColumnName = Defaults.FaceWindow,
        string labelColumnName = Defaults.Label, AugmentAudioOptions? options = null) =>
        new(Env(catalog), outputColumnName, faceWindowColumnName, labelColumnName, options);

    /// <summary>
    /// The real rows plus generated rows (per class or to a synthetic:real ratio) with a Boolean column marking generated
    /// rows. A data operation, not a transformer: see <see cref="GeneratedFusion"/> for why.
    /// </summary>
    /// <param name="catalog">The data catalog.</param>
    /// <param name="real">Rows with label, real spectrogram and face window columns.</param>
    /// <param name="generator">A fitted <see cref="AugmentAudioFromFaceTransformer"/>.</param>
    /// <param name="options">Counts and column names.</param>
    public static IDataView FuseGenerated(this DataOperationsCatalog catalog, IDataView real,
        AugmentAudioFromFaceTransformer generator, FusionOptions options) =>
        GeneratedFusion.Fuse(catalog, Env(catalog), real, generator, options);

    /// <summary>
    /// The paper's spectrogram CNN Q as a multiclass trainer: <c>Vector&lt;Single, 3, 28, 112&gt;</c> features and a key
    /// label in, <c>Score</c> and <c>PredictedLabel</c> out.
    /// </summary>
    /// <param name="catalog">The multiclass trainers catalog.</param>
    /// <param name="options">Network, training and column settings; null for the defaults.</param>
    public static SpectrogramCnnTrainer SpectrogramCnn(this MulticlassClassificationCatalog.MulticlassClassificationTrainers catalog,
        SpectrogramCnnOptions? options = null) =>
        new(Env(catalog), options);

    private static IHostEnvironment Env(object catalog) => CatalogEnvironment.Of(catalog);
}
