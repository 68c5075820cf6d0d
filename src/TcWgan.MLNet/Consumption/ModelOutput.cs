namespace TcWgan.MLNet;

/// <summary>What a saved emotion model predicts for one <see cref="ModelInput"/>.</summary>
public sealed class ModelOutput
{
    /// <summary>Column holding the predicted emotion name (the pipelines map the predicted key back to text into it).</summary>
    public const string PredictedEmotionColumn = "PredictedEmotion";

    /// <summary>The predicted emotion name.</summary>
    [ColumnName(PredictedEmotionColumn)]
    public string PredictedEmotion { get; set; } = "";

    /// <summary>Class probabilities in the model's key order.</summary>
    [ColumnName(Defaults.Score)]
    public float[] Score { get; set; } = [];
}
