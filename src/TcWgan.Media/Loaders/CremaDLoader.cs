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
    /// missing <c>VideoFlash</c> folder or an unreadable demographics table. With <paramref name="audioOnly"/> the
    /// clips are the <c>AudioWAV</c> files alone (an AER study without faces: <c>VideoFlash</c> may be missing, its
    /// files are left out as <see cref="LeaveOutRule.VideoNotUsed"/>); it throws for a missing <c>AudioWAV</c> folder
    /// in that mode.
    /// </summary>
    public static IReadOnlyList<ClipRecord> Load(string root, SkipLog skips, bool audioOnly = false)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(skips);
        string videoDir = Path.Combine(root, "VideoFlash");
        string audioDir = Path.Combine(root, "AudioWAV");
        if (!audioOnly && !Directory.Exists(videoDir))
            throw new DirectoryNotFoundException($"CREMA-D video folder '{videoDir}' not found (expected root/VideoFlash/*.flv).");
        if (audioOnly && !Directory.Exists(audioDir))
            throw new DirectoryNotFoundException($"CREMA-D audio folder '{audioDir}' not found (expected root/AudioWAV/*.wav).");
        string demographicsPath = Path.Combine(root, CremaDDemographics.FileName);
        var sexes = File.Exists(demographicsPath)
            ? CremaDDemographics.Read(demographicsPath)
            : new Dictionary<string, Sex>();

        var videoFiles = Directory.Exists(videoDir) ? FilesIn(videoDir) : [];
        var audioFiles = Directory.Exists(audioDir) ? FilesIn(audioDir) : [];
        skips.CountFound(videoFiles.Count + audioFiles.Count);
        var wavById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string audio in audioFiles)
        {
            if (HasExtension(audio, ".wav")) wavById[Path.GetFileNameWithoutExtension(audio)] = audio;
            else skips.LeaveOut(audio, LeaveOutRule.NotCorpusMedia, "AudioWAV holds .wav files only");
        }

        var clips = new List<ClipRecord>();
        if (audioOnly)
        {
            foreach (string path in videoFiles)
                skips.LeaveOut(path, LeaveOutRule.VideoNotUsed, "audio-only study: clips are read from AudioWAV");
            foreach (var (id, audio) in wavById.OrderBy(w => w.Key, StringComparer.Ordinal))
                if (Parse(id, audio, [], skips, sexes) is { } clip)
                    clips.Add(ClipRecord.AudioOnly(id, audio, clip.Emotion, clip.Speaker, clip.Sentence, clip.Intensity, clip.Sex, CorpusName));
            return clips;
        }
        foreach (string path in videoFiles)
        {
            if (!HasExtension(path, ".flv"))
            {
                skips.LeaveOut(path, LeaveOutRule.NotCorpusMedia, "VideoFlash holds .flv clips only");
                continue;
            }
            string id = Path.GetFileNameWithoutExtension(path);
            wavById.Remove(id, out string? audio); // the wav goes wherever its video goes
            if (Parse(id, path, audio is null ? [] : [audio], skips, sexes) is not { } parsed) continue;
            if (audio is not null && new FileInfo(audio).Length == 0)
            {
                skips.Add(new SkippedClip(audio, SkipReason.EmptyFile, $"audio file of clip {id} is empty (0 bytes)") { OtherFiles = [path] });
                continue;
            }
            clips.Add(new ClipRecord(id, path, audio, parsed.Emotion, parsed.Speaker, parsed.Sentence, parsed.Intensity, parsed.Sex, CorpusName));
        }
        foreach (var (id, audio) in wavById.OrderBy(w => w.Key, StringComparer.Ordinal))
            skips.LeaveOut(audio, LeaveOutRule.AudioWithoutVideo, $"no VideoFlash/{id}.flv to pair it with");
        return clips;
    }

    /// <summary>
    /// The labels of the clip named <paramref name="id"/> whose main file is <paramref name="path"/>, or null after
    /// logging a skip (bad name, unknown emotion, empty file).
    /// </summary>
    private static ClipRecord? Parse(string id, string path, string[] other, SkipLog skips, IReadOnlyDictionary<string, Sex> sexes)
    {
        void Skip(SkipReason reason, string message) => skips.Add(new SkippedClip(path, reason, message) { OtherFiles = other });
        var match = NamePattern().Match(id);
        if (!match.Success)
        {
            Skip(SkipReason.BadName, $"name '{id}' is not AAAA_SSS_EEE_LL (actor_sentence_emotion_level)");
            return null;
        }
        string emotionCode = match.Groups[3].Value;
        if (!Emotions.TryFromCremaCode(emotionCode, out var emotion))
        {
            Skip(SkipReason.UnknownLabel, $"emotion code '{emotionCode}' is not one of ANG, DIS, FEA, HAP, NEU, SAD");
            return null;
        }
        if (new FileInfo(path).Length == 0)
        {
            Skip(SkipReason.EmptyFile, $"{(HasExtension(path, ".wav") ? "audio" : "video")} file is empty (0 bytes)");
            return null;
        }
        string actor = match.Groups[1].Value;
        return new ClipRecord(id, path, null, emotion, actor, match.Groups[2].Value, match.Groups[4].Value,
            sexes.TryGetValue(actor, out var sex) ? sex : Sex.Unknown, CorpusName);
    }

    private static List<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();

    private static bool HasExtension(string path, string extension) =>
        string.Equals(Path.GetExtension(path), extension, StringComparison.OrdinalIgnoreCase);
}
