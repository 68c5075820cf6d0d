namespace TcWgan.MLNet;

/// <summary>Default column names and settings shared by the catalog signatures and the options classes.</summary>
public static class Defaults
{
    /// <summary>Video path column read by <c>LoadFaceWindows</c>.</summary>
    public const string VideoPath = "VideoPath";
    /// <summary>Audio (or video) path column read by <c>LoadSpectrogram</c>.</summary>
    public const string AudioPath = "AudioPath";
    /// <summary>Face window column: <c>Vector&lt;Single, 10, 3, 28, 28&gt;</c>.</summary>
    public const string FaceWindow = "FaceWindow";
    /// <summary>Real spectrogram column: <c>Vector&lt;Single, 3, 28, 112&gt;</c>.</summary>
    public const string Spectrogram = "Spectrogram";
    /// <summary>Generated spectrogram column: <c>Vector&lt;Single, 3, 28, 112&gt;</c>.</summary>
    public const string GeneratedSpectrogram = "GeneratedSpectrogram";
    /// <summary>Emotion label column (text name, key or class index).</summary>
    public const string Label = "Label";
    /// <summary>Speaker id column of clip rows.</summary>
    public const string Speaker = "Speaker";
    /// <summary>Boolean column marking generated rows in a fused set.</summary>
    public const string IsGenerated = "IsGenerated";
    /// <summary>Score column of multiclass predictions.</summary>
    public const string Score = "Score";
    /// <summary>Predicted label column of multiclass predictions.</summary>
    public const string PredictedLabel = "PredictedLabel";
}
