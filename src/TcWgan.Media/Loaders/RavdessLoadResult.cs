namespace TcWgan.Media;

/// <summary>What <see cref="RavdessLoader.LoadDetailed"/> kept and what it dropped on purpose (not errors).</summary>
/// <param name="Clips">Kept clips, sorted by id.</param>
/// <param name="DroppedByEmotionCode">Video files left out per RAVDESS emotion code (<see cref="RavdessOptions.DroppedEmotionCodes"/>).</param>
/// <param name="DroppedSong">Video files left out because they are sung (vocal channel 02) and song is excluded
/// (they and their audio files are logged as <see cref="LeaveOutRule.Song"/>).</param>
/// <param name="UnpairedAudio">Audio-only (03) files with no 01/02 video of the same take: not usable for face-to-audio
/// (logged as <see cref="LeaveOutRule.AudioWithoutVideo"/>).</param>
public sealed record RavdessLoadResult(
    IReadOnlyList<ClipRecord> Clips,
    IReadOnlyDictionary<int, int> DroppedByEmotionCode,
    int DroppedSong,
    int UnpairedAudio);
