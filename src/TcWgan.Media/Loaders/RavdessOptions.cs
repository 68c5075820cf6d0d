namespace TcWgan.Media;

/// <summary>Which RAVDESS files <see cref="RavdessLoader"/> keeps.</summary>
public sealed record RavdessOptions
{
    /// <summary>RAVDESS emotion codes without a class in <see cref="Emotion"/>: calm (2) and surprised (8).</summary>
    public static IReadOnlySet<int> UnmappableEmotionCodes { get; } = new HashSet<int> { 2, 8 };

    /// <summary>Keep sung clips (vocal channel 02). Default false: speech only, like the paper.</summary>
    public bool IncludeSong { get; init; }

    /// <summary>
    /// Audio-only clips (an AER study without faces): each take's 03 <c>.wav</c>, or the sound of its 01 video when
    /// the take has no 03 file. Default false: audio-visual clips (faces), 03 files only as the audio of their video.
    /// </summary>
    public bool AudioOnly { get; init; }

    /// <summary>
    /// Emotion codes (1..8) left out; each dropped clip's files are logged by their <see cref="LeaveOutRule"/>
    /// (<see cref="LeaveOutRule.RavdessCalm"/>, <see cref="LeaveOutRule.RavdessSurprised"/> or
    /// <see cref="LeaveOutRule.DroppedEmotion"/>), not reported as an error. Must contain 2 (calm) and 8 (surprised), which have no class; add codes to drop
    /// more (e.g. 1 to drop neutral).
    /// </summary>
    public IReadOnlySet<int> DroppedEmotionCodes { get; init; } = new HashSet<int>(UnmappableEmotionCodes);

    /// <summary>Every problem with these settings, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (DroppedEmotionCodes is null)
        {
            errors.Add("DroppedEmotionCodes must not be null.");
            return errors;
        }
        foreach (int code in DroppedEmotionCodes.Order())
            if (code is < 1 or > 8) errors.Add($"DroppedEmotionCodes holds {code}; RAVDESS emotion codes are 1..8.");
        foreach (int code in UnmappableEmotionCodes)
            if (!DroppedEmotionCodes.Contains(code))
                errors.Add($"DroppedEmotionCodes must contain {code} ({(code == 2 ? "calm" : "surprised")}): it has no class among the six emotions.");
        return errors;
    }
}
