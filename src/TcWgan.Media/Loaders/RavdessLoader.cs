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
/// <item>03 files are never clips by themselves: a take's 03 file goes wherever its video goes (clip, skip or
/// rule); one without a video is left out as <see cref="LeaveOutRule.AudioWithoutVideo"/>.</item>
/// <item>Song (vocal channel 02) is left out unless <see cref="RavdessOptions.IncludeSong"/>; emotion codes in
/// <see cref="RavdessOptions.DroppedEmotionCodes"/> (calm, surprised by default) are left out by their rule.</item>
/// <item>When both a 01 and a 02 file exist for one take, the 01 file is used and the 02 left out
/// (<see cref="LeaveOutRule.DuplicateTake"/>).</item>
/// </list>
/// Every file under the root is counted as found; files that are not .mp4 or .wav are left out as
/// <see cref="LeaveOutRule.NotCorpusMedia"/>. Speaker is the two-digit actor number; sex is male for odd actors.
/// </summary>
public static class RavdessLoader
{
    /// <summary>Corpus name written into <see cref="ClipRecord.Corpus"/>.</summary>
    public const string CorpusName = "ravdess";

    /// <summary>Kept clips; see <see cref="LoadDetailed"/>.</summary>
    public static IReadOnlyList<ClipRecord> Load(string root, RavdessOptions options, SkipLog skips) =>
        LoadDetailed(root, options, skips).Clips;

    /// <summary>
    /// Kept clips plus the counts of video files dropped on purpose. Malformed names (BadName), empty files
    /// (EmptyFile), unknown emotion codes (UnknownLabel) and video-only files without audio (NoAudioStream) go to
    /// <paramref name="skips"/>; files left out by a rule are logged there with their <see cref="LeaveOutRule"/>.
    /// Throws <see cref="ArgumentException"/> for invalid options and <see cref="DirectoryNotFoundException"/> for a
    /// missing root.
    /// </summary>
    public static RavdessLoadResult LoadDetailed(string root, RavdessOptions options, SkipLog skips)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(skips);
        var errors = options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid RavdessOptions: " + string.Join(" ", errors), nameof(options));
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"RAVDESS folder '{root}' not found.");

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal).ToList();
        skips.CountFound(files.Count);
        var videos = new List<(string Path, RavdessName Name)>();
        var audio = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in files)
        {
            string ext = Path.GetExtension(path).ToLowerInvariant();
            if (ext is not (".mp4" or ".wav"))
            {
                skips.LeaveOut(path, LeaveOutRule.NotCorpusMedia, "RAVDESS clips are .mp4 (video) and .wav (audio-only) files");
                continue;
            }
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
            if (name.Modality != 3) videos.Add((path, name));
            else if (!audio.TryAdd(name.TakeKey, path))
                skips.LeaveOut(path, LeaveOutRule.DuplicateTake, $"a second audio-only file of take {name.TakeKey} (using {audio[name.TakeKey]})");
        }

        var droppedByEmotion = new Dictionary<int, int>();
        int droppedSong = 0;
        var handledTakes = new HashSet<string>(StringComparer.Ordinal);
        var clips = new List<ClipRecord>();
        // 01 before 02 so an audio-video file wins over a video-only file of the same take.
        foreach (var (path, name) in videos.OrderBy(v => v.Name.Modality).ThenBy(v => v.Path, StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(path);
            bool firstOfTake = handledTakes.Add(name.TakeKey);
            string? takeAudio = firstOfTake ? audio.GetValueOrDefault(name.TakeKey) : null; // audio follows the take's first video
            string[] pair = takeAudio is null ? [path] : [path, takeAudio];
            void Skip(SkipReason reason, string message) =>
                skips.Add(new SkippedClip(path, reason, message) { OtherFiles = pair[1..] });
            void LeaveOut(LeaveOutRule rule, string message)
            {
                foreach (string file in pair) skips.LeaveOut(file, rule, message);
            }

            if (name.EmotionCode is < 1 or > 8)
            {
                Skip(SkipReason.UnknownLabel, $"emotion code {name.EmotionCode:00} is not 01..08");
                continue;
            }
            if (name.VocalChannel == 2 && !options.IncludeSong)
            {
                droppedSong++;
                LeaveOut(LeaveOutRule.Song, $"sung take {id} (vocal channel 02); song is excluded");
                continue;
            }
            if (options.DroppedEmotionCodes.Contains(name.EmotionCode))
            {
                droppedByEmotion[name.EmotionCode] = droppedByEmotion.GetValueOrDefault(name.EmotionCode) + 1;
                var rule = name.EmotionCode switch { 2 => LeaveOutRule.RavdessCalm, 8 => LeaveOutRule.RavdessSurprised, _ => LeaveOutRule.DroppedEmotion };
                LeaveOut(rule, $"emotion code {name.EmotionCode:00} is left out");
                continue;
            }
            if (!firstOfTake)
            {
                skips.LeaveOut(path, LeaveOutRule.DuplicateTake, $"the take's audio-video file is used instead (take {name.TakeKey})");
                continue;
            }
            if (!Emotions.TryFromRavdessCode(name.EmotionCode, out var emotion))
            {
                Skip(SkipReason.UnknownLabel, $"emotion code {name.EmotionCode:00} has no class");
                continue;
            }
            if (name.Modality == 2 && takeAudio is null)
            {
                Skip(SkipReason.NoAudioStream, $"video-only file without its audio-only take 03-{name.TakeKey}.wav");
                continue;
            }
            clips.Add(new ClipRecord(id, path, takeAudio, emotion.Value,
                Speaker: name.Actor.ToString("00", CultureInfo.InvariantCulture),
                Sentence: name.Statement.ToString("00", CultureInfo.InvariantCulture),
                Intensity: name.Intensity.ToString("00", CultureInfo.InvariantCulture),
                Sex: name.Sex,
                Corpus: CorpusName));
        }
        int unpaired = 0;
        foreach (var (take, path) in audio.Where(a => !handledTakes.Contains(a.Key)).OrderBy(a => a.Value, StringComparer.Ordinal))
        {
            unpaired++;
            skips.LeaveOut(path, LeaveOutRule.AudioWithoutVideo, $"audio-only take with no 01/02 video of take {take}");
        }
        return new RavdessLoadResult(clips.OrderBy(c => c.Id, StringComparer.Ordinal).ToArray(), droppedByEmotion,
            droppedSong, unpaired);
    }
}
