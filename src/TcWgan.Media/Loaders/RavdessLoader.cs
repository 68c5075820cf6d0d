using System.Globalization;

namespace TcWgan.Media;

/// <summary>
/// RAVDESS: every <c>MM-VV-EE-II-SS-RR-AA.mp4</c> and <c>.wav</c> under <c>root</c> (any depth, e.g.
/// <c>root/Actor_01/…</c>). Rules:
/// <list type="bullet">
/// <item>01 (audio-video) files are clips; the audio-only 03 file of the same take, when present, becomes
/// <see cref="ClipRecord.AudioPath"/> (else null: the video's own audio).</item>
/// <item>02 (video-only) files are clips only with their 03 audio; without it they are skipped as
/// <see cref="SkipReason.NoAudioStream"/>.</item>
/// <item>03 files are never clips by themselves; those without a video are counted as unpaired.</item>
/// <item>Song (vocal channel 02) is left out unless <see cref="RavdessOptions.IncludeSong"/>; emotion codes in
/// <see cref="RavdessOptions.DroppedEmotionCodes"/> (calm, surprised by default) are left out and counted.</item>
/// <item>When both a 01 and a 02 file exist for one take, the 01 file is used and the 02 ignored.</item>
/// </list>
/// Speaker is the two-digit actor number; sex is male for odd actors.
/// </summary>
public static class RavdessLoader
{
    /// <summary>Corpus name written into <see cref="ClipRecord.Corpus"/>.</summary>
    public const string CorpusName = "ravdess";

    /// <summary>Kept clips; see <see cref="LoadDetailed"/>.</summary>
    public static IReadOnlyList<ClipRecord> Load(string root, RavdessOptions options, SkipLog skips) =>
        LoadDetailed(root, options, skips).Clips;

    /// <summary>
    /// Kept clips plus the counts of files dropped on purpose. Malformed names (BadName), empty files (EmptyFile),
    /// unknown emotion codes (UnknownLabel) and video-only files without audio (NoAudioStream) go to
    /// <paramref name="skips"/>. Throws <see cref="ArgumentException"/> for invalid options and
    /// <see cref="DirectoryNotFoundException"/> for a missing root.
    /// </summary>
    public static RavdessLoadResult LoadDetailed(string root, RavdessOptions options, SkipLog skips)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(skips);
        var errors = options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid RavdessOptions: " + string.Join(" ", errors), nameof(options));
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"RAVDESS folder '{root}' not found.");

        var videos = new List<(string Path, RavdessName Name)>();
        var audio = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string ext = Path.GetExtension(file).ToLowerInvariant();
            if (ext is not (".mp4" or ".wav")) continue;
            string path = Path.GetFullPath(file);
            string id = Path.GetFileNameWithoutExtension(path);
            var name = RavdessName.TryParse(id);
            if (name is null)
            {
                skips.Add(path, SkipReason.BadName, $"name '{id}' is not MM-VV-EE-II-SS-RR-AA with valid codes");
                continue;
            }
            bool expectVideo = name.Modality is 1 or 2;
            if (expectVideo != (ext == ".mp4"))
            {
                skips.Add(path, SkipReason.BadName, $"modality {name.Modality:00} does not match extension '{ext}'");
                continue;
            }
            if (new FileInfo(path).Length == 0)
            {
                skips.Add(path, SkipReason.EmptyFile, "file is empty (0 bytes)");
                continue;
            }
            if (name.Modality == 3) audio.TryAdd(name.TakeKey, path);
            else videos.Add((path, name));
        }

        var droppedByEmotion = new Dictionary<int, int>();
        int droppedSong = 0;
        var usedTakes = new HashSet<string>(StringComparer.Ordinal);
        var clips = new List<ClipRecord>();
        // 01 before 02 so an audio-video file wins over a video-only file of the same take.
        foreach (var (path, name) in videos.OrderBy(v => v.Name.Modality).ThenBy(v => v.Path, StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(path);
            if (name.EmotionCode is < 1 or > 8)
            {
                skips.Add(path, SkipReason.UnknownLabel, $"emotion code {name.EmotionCode:00} is not 01..08");
                continue;
            }
            if (name.VocalChannel == 2 && !options.IncludeSong)
            {
                droppedSong++;
                usedTakes.Add(name.TakeKey);
                continue;
            }
            if (options.DroppedEmotionCodes.Contains(name.EmotionCode))
            {
                droppedByEmotion[name.EmotionCode] = droppedByEmotion.GetValueOrDefault(name.EmotionCode) + 1;
                usedTakes.Add(name.TakeKey);
                continue;
            }
            if (!usedTakes.Add(name.TakeKey)) continue; // a 01 file of this take was already used
            if (!Emotions.TryFromRavdessCode(name.EmotionCode, out var emotion))
            {
                skips.Add(path, SkipReason.UnknownLabel, $"emotion code {name.EmotionCode:00} has no class");
                continue;
            }
            string? audioPath = audio.GetValueOrDefault(name.TakeKey);
            if (name.Modality == 2 && audioPath is null)
            {
                skips.Add(path, SkipReason.NoAudioStream,
                    $"video-only file without its audio-only take 03-{name.TakeKey}.wav");
                continue;
            }
            clips.Add(new ClipRecord(id, path, audioPath, emotion.Value,
                Speaker: name.Actor.ToString("00", CultureInfo.InvariantCulture),
                Sentence: name.Statement.ToString("00", CultureInfo.InvariantCulture),
                Intensity: name.Intensity.ToString("00", CultureInfo.InvariantCulture),
                Sex: name.Sex,
                Corpus: CorpusName));
        }
        int unpaired = audio.Keys.Count(k => !usedTakes.Contains(k));
        return new RavdessLoadResult(clips.OrderBy(c => c.Id, StringComparer.Ordinal).ToArray(), droppedByEmotion,
            droppedSong, unpaired);
    }
}
