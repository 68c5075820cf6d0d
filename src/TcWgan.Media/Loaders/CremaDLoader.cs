using System.Text.RegularExpressions;

namespace TcWgan.Media;

/// <summary>
/// CREMA-D: <c>root/VideoFlash/*.flv</c>, each paired with <c>root/AudioWAV/&lt;same name&gt;.wav</c> when present
/// (otherwise <see cref="ClipRecord.AudioPath"/> is null: the video's own audio). Names are
/// <c>AAAA_SSS_EEE_LL</c> (actor, sentence, emotion, level); sex comes from <c>root/VideoDemographics.csv</c>
/// when it exists.
/// </summary>
public static partial class CremaDLoader
{
    /// <summary>Corpus name written into <see cref="ClipRecord.Corpus"/>.</summary>
    public const string CorpusName = "crema-d";

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9]{3})_([A-Za-z]{3})_([A-Za-z]{2})$")]
    private static partial Regex NamePattern();

    /// <summary>
    /// Clips sorted by id. Bad files go to <paramref name="skips"/> and are left out: malformed name (BadName),
    /// unknown emotion code (UnknownLabel), empty video or wav (EmptyFile). Throws only for a missing
    /// <c>VideoFlash</c> folder or an unreadable demographics table.
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

        var clips = new List<ClipRecord>();
        foreach (string video in Directory.EnumerateFiles(videoDir, "*.flv").Order(StringComparer.Ordinal))
        {
            string path = Path.GetFullPath(video);
            string id = Path.GetFileNameWithoutExtension(path);
            var match = NamePattern().Match(id);
            if (!match.Success)
            {
                skips.Add(path, SkipReason.BadName, $"name '{id}' is not AAAA_SSS_EEE_LL (actor_sentence_emotion_level)");
                continue;
            }
            string emotionCode = match.Groups[3].Value;
            if (!Emotions.TryFromCremaCode(emotionCode, out var emotion))
            {
                skips.Add(path, SkipReason.UnknownLabel, $"emotion code '{emotionCode}' is not one of ANG, DIS, FEA, HAP, NEU, SAD");
                continue;
            }
            if (new FileInfo(path).Length == 0)
            {
                skips.Add(path, SkipReason.EmptyFile, "video file is empty (0 bytes)");
                continue;
            }
            string wav = Path.GetFullPath(Path.Combine(audioDir, id + ".wav"));
            string? audio = File.Exists(wav) ? wav : null;
            if (audio is not null && new FileInfo(audio).Length == 0)
            {
                skips.Add(audio, SkipReason.EmptyFile, $"audio file of clip {id} is empty (0 bytes)");
                continue;
            }
            string actor = match.Groups[1].Value;
            clips.Add(new ClipRecord(id, path, audio, emotion, actor,
                Sentence: match.Groups[2].Value,
                Intensity: match.Groups[4].Value,
                Sex: sexes.TryGetValue(actor, out var sex) ? sex : Sex.Unknown,
                Corpus: CorpusName));
        }
        return clips;
    }
}
