namespace TcWgan.MLNet;

/// <summary>
/// One row given to a saved emotion model, as Model Builder's generated <c>ModelInput</c> class: the paths of a clip
/// and, for training/evaluation, its label. Column names match the <see cref="Defaults"/> the pipelines use.
/// The <see cref="LoadColumnAttribute"/> indices follow the manifest CSV (<c>data-schemas/manifest.md</c>), so
/// <c>mlContext.Data.LoadFromTextFile&lt;ModelInput&gt;(csv, separatorChar: ',', hasHeader: true, allowQuoting: true)</c> reads
/// one; its paths come as written (relative ones are relative to the working directory, and an empty
/// <c>audio_path</c> stays empty). <c>mlContext.Data.LoadClips</c> resolves both.
/// </summary>
public sealed class ModelInput
{
    /// <summary>Video file (face windows are read from it); empty for an audio-only clip.</summary>
    [LoadColumn(0), ColumnName(Defaults.VideoPath)]
    public string VideoPath { get; set; } = "";

    /// <summary>Audio (or video) file the spectrogram is computed from.</summary>
    [LoadColumn(1), ColumnName(Defaults.AudioPath)]
    public string AudioPath { get; set; } = "";

    /// <summary>Emotion name (anger, disgust, fear, happiness, neutral, sadness); may be empty when predicting.</summary>
    [LoadColumn(2), ColumnName(Defaults.Label)]
    public string Label { get; set; } = "";

    /// <summary>Speaker id (splits are by speaker); not read by the models.</summary>
    [LoadColumn(3), ColumnName(Defaults.Speaker)]
    public string Speaker { get; set; } = "";
}
