using System.Text.RegularExpressions;

namespace TcWgan.Media;

/// <summary>
/// CREMA-D: <c>root/VideoFlash/*.flv</c>, each paired with <c>root/AudioWAV/&lt;same name&gt;.wav</c> when present
/// (otherwise <see cref="ClipRecord.AudioPath"/> is null: the video's own audio). Names are
/// <c>AAAA_SSS_EEE_LL</c> (actor, sentence, emotion, level); sex comes from <c>root/VideoDemographics.csv</c>
/// when it exists. Every file directly in VideoFlash and AudioWAV is counted as found and ends up in a clip, a skip
/// or a left-out rule (see <see cref="Load"/>).
/// </summary>
public static partial class CremaDLoader
{
    /// <summary>Corpus name written into <see cref="ClipRecord.Corpus"/>.</summary>
    public const string CorpusName = "crema-d";

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9]{3})_([A-Za-z]{3})_([A-Za-z]{2})$")]
    private static partial Regex NamePattern();

    /// <summary>
    /// Clips sorted by id. Bad files go to <paramref name="skips"/> and are left out: malformed name (BadName),
    /// unknown emotion code (UnknownLabel), empty video or wav (EmptyFile); a skipped clip's wav is named in
    /// <see cref="SkippedClip.OtherFiles"/>. Files left out by a rule are logged with it: a wav with no flv of the same
    /// name (<see cref="LeaveOutRule.AudioWithoutVideo"/>), any file that is not .flv in VideoFlash or not .wav in
    /// AudioWAV (<see cref="LeaveOutRule.NotCorpusMedia"/>). Extensions match case-insensitively. Throws only for a
    /// missing <c>VideoFlash</c> folder or an unreadable demographics table.
    /// </summary>
    public static IReadOnlyList<ClipRecord> Load(string root, SkipLog skips)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(skips);
        string videoDir = Path.Combine(root, "VideoFlash");
        if (!Directory.Exists(videoDir))
            throw new DirectoryNotFoundException($"CREMA-D video folder '{videoDir}' not found (expected root/VideoFlash/*.flv).");
        string audioDir = Path.Combine(root, "AudioWAV");
        string demographicsPath = Path.Combine(root, CremaDDemographics.FileName);
        var sexes = File.Exists(demographicsPath)
            ? CremaDDemographics.Read(demographicsPath)
            : new Dictionary<string, Sex>();

        var videoFiles = FilesIn(videoDir);
        var audioFiles = Directory.Exists(audioDir) ? FilesIn(audioDir) : [];
        skips.CountFound(videoFiles.Count + audioFiles.Count);
        var wavById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string audio in audioFiles)
        {
            if (HasExtension(audio, ".wav")) wavById[Path.GetFileNameWithoutExtension(audio)] = audio;
            else skips.LeaveOut(audio, LeaveOutRule.NotCorpusMedia, "AudioWAV holds .wav files only");
        }

        var clips = new List<ClipRecord>();
        foreach (string path in videoFiles)
        {
            if (!HasExtension(path, ".flv"))
            {
                skips.LeaveOut(path, LeaveOutRule.NotCorpusMedia, "VideoFlash holds .flv clips only");
                continue;
            }
            string id = Path.GetFileNameWithoutExtension(path);
            wavById.Remove(id, out string? audio); // the wav goes wherever its video goes
            string[] other = audio is null ? [] : [audio];
            void Skip(SkipReason reason, string message) => skips.Add(new SkippedClip(path, reason, message) { OtherFiles = other });
            var match = NamePattern().Match(id);
            if (!match.Success)
            {
                Skip(SkipReason.BadName, $"name '{id}' is not AAAA_SSS_EEE_LL (actor_sentence_emotion_level)");
                continue;
            }
            string emotionCode = match.Groups[3].Value;
            if (!Emotions.TryFromCremaCode(emotionCode, out var emotion))
            {
                Skip(SkipReason.UnknownLabel, $"emotion code '{emotionCode}' is not one of ANG, DIS, FEA, HAP, NEU, SAD");
                continue;
            }
            if (new FileInfo(path).Length == 0)
            {
                Skip(SkipReason.EmptyFile, "video file is empty (0 bytes)");
                continue;
            }
            if (audio is not null && new FileInfo(audio).Length == 0)
            {
                skips.Add(new SkippedClip(audio, SkipReason.EmptyFile, $"audio file of clip {id} is empty (0 bytes)") { OtherFiles = [path] });
                continue;
            }
            string actor = match.Groups[1].Value;
            clips.Add(new ClipRecord(id, path, audio, emotion, actor,
                Sentence: match.Groups[2].Value,
                Intensity: match.Groups[4].Value,
                Sex: sexes.TryGetValue(actor, out var sex) ? sex : Sex.Unknown,
                Corpus: CorpusName));
        }
        foreach (var (id, audio) in wavById.OrderBy(w => w.Key, StringComparer.Ordinal))
            skips.LeaveOut(audio, LeaveOutRule.AudioWithoutVideo, $"no VideoFlash/{id}.flv to pair it with");
        return clips;
    }

    private static List<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();

    private static bool HasExtension(string path, string extension) =>
        string.Equals(Path.GetExtension(path), extension, StringComparison.OrdinalIgnoreCase);
}
