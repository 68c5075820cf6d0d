using Microsoft.ML.Runtime;
using TcWgan.MLNet;
using TcWgan.MLNet.Persistence;

namespace Microsoft.ML;

/// <summary>
/// Entry points of TcWgan.MLNet on <c>mlContext.Transforms</c>, <c>mlContext.Data</c> and
/// <c>mlContext.MulticlassClassification.Trainers</c>. Call <see cref="TcWganMLNet.Register"/> before loading a saved
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

    private static IHostEnvironment Env(object catalog) => MLNetInternals.Resolve().EnvironmentOf(catalog);
}
