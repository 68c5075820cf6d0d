namespace TcWgan;

/// <summary>
/// The six emotion classes shared by CREMA-D and RAVDESS (the paper's classes). The numeric value is the
/// class index used everywhere: one-hot conditions, classifier logits, ML.NET key order.
/// </summary>
public enum Emotion
{
    Anger = 0,
    Disgust = 1,
    Fear = 2,
    Happiness = 3,
    Neutral = 4,
    Sadness = 5,
}
