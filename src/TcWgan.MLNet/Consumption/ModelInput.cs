using Microsoft.ML.Data;

namespace TcWgan.MLNet;

/// <summary>
/// One row given to a saved emotion model, as Model Builder's generated <c>ModelInput</c> class: the paths of a clip
/// and, for training/evaluation, its label. Column names match the <see cref="Defaults"/> the pipelines use.
/// </summary>
public sealed class ModelInput
{
    /// <summary>Video file (face windows are read from it).</summary>
    [ColumnName(Defaults.VideoPath)]
    public string VideoPath { get; set; } = "";

    /// <summary>Audio (or video) file the spectrogram is computed from.</summary>
    [ColumnName(Defaults.AudioPath)]
    public string AudioPath { get; set; } = "";

    /// <summary>Emotion name (anger, disgust, fear, happiness, neutral, sadness); may be empty when predicting.</summary>
    [ColumnName(Defaults.Label)]
    public string Label { get; set; } = "";
}
