namespace TcWgan.Data;

/// <summary>One training pair: a face window and an augmented spectrogram of the same clip.</summary>
/// <param name="Clip">Index of the clip in the prepared list.</param>
/// <param name="Window">Index of the window within the clip.</param>
/// <param name="Spectrogram">Index of the augmented spectrogram within the clip.</param>
public readonly record struct ClipPair(int Clip, int Window, int Spectrogram);
