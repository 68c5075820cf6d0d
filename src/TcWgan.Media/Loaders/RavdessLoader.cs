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
/// With <see cref="RavdessOptions.AudioOnly"/> the clips are audio-only instead: each take's 03 file (or its 01
/// video's sound when it has none); the other videos are left out as <see cref="LeaveOutRule.VideoNotUsed"/>.
/// Every file under the root is counted as found; files that are not .mp4 or .wav are left out as
/// <see cref="LeaveOutRule.NotCorpusMedia"/>. Speaker is the two-digit actor number; sex is male for odd actors.
/// </summary>
public static class RavdessLoader
{
    /// <summary>Corpus name written into <see cref="ClipRecord.Corpus"/>.</summary>
    public const string CorpusName = "ravdess";

    /// <summary>
    /// Kept clips, sorted by id. Malformed names (BadName), empty files (EmptyFile), unknown emotion codes
    /// (UnknownLabel) and video-only files without audio (NoAudioStream) go to <paramref name="skips"/>; files left out
    /// by a rule are logged there with their <see cref="LeaveOutRule"/>. Throws <see cref="ArgumentException"/> for
    /// invalid options and <see cref="DirectoryNotFoundException"/> for a missing root.
    /// </summary>
    public static IReadOnlyList<ClipRecord> Load(string root, RavdessOptions options, SkipLog skips)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(skips);
        OptionChecks.ThrowIfAny(options.Validate(), nameof(RavdessOptions), nameof(options));
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

        var rules = new TakeRules(options, skips);
        var clips = options.AudioOnly ? AudioOnlyClips(videos, audio, rules, skips) : AudioVisualClips(videos, audio, rules, skips);
        if (!options.AudioOnly)
            foreach (var (take, path) in audio.Where(a => !rules.HandledTakes.Contains(a.Key)).OrderBy(a => a.Value, StringComparer.Ordinal))
                skips.LeaveOut(path, LeaveOutRule.AudioWithoutVideo, $"audio-only take with no 01/02 video of take {take}");
        return clips.OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Audio-visual clips: each take's first video (01 before 02) with the take's 03 audio when present.</summary>
    private static List<ClipRecord> AudioVisualClips(List<(string Path, RavdessName Name)> videos,
        Dictionary<string, string> audio, TakeRules rules, SkipLog skips)
    {
        var clips = new List<ClipRecord>();
        // 01 before 02 so an audio-video file wins over a video-only file of the same take.
        foreach (var (path, name) in videos.OrderBy(v => v.Name.Modality).ThenBy(v => v.Path, StringComparer.Ordinal))
        {
            bool firstOfTake = rules.HandledTakes.Add(name.TakeKey);
            string? takeAudio = firstOfTake ? audio.GetValueOrDefault(name.TakeKey) : null; // audio follows the take's first video
            string[] files = takeAudio is null ? [path] : [path, takeAudio];
            if (!rules.Admit(name, files, out var emotion)) continue;
            if (!firstOfTake)
            {
                skips.LeaveOut(path, LeaveOutRule.DuplicateTake, $"the take's audio-video file is used instead (take {name.TakeKey})");
                continue;
            }
            if (name.Modality == 2 && takeAudio is null)
            {
                skips.Add(new SkippedClip(path, SkipReason.NoAudioStream, $"video-only file without its audio-only take 03-{name.TakeKey}.wav"));
                continue;
            }
            clips.Add(new ClipRecord(Path.GetFileNameWithoutExtension(path), path, takeAudio, emotion, Speaker(name),
                Sentence: TwoDigits(name.Statement), Intensity: TwoDigits(name.Intensity), Sex: name.Sex, Corpus: CorpusName));
        }
        return clips;
    }

    /// <summary>
    /// Audio-only clips (<see cref="RavdessOptions.AudioOnly"/>): each take's 03 file, or the sound of its 01 video when
    /// the take has no 03 file; the other videos are left out as <see cref="LeaveOutRule.VideoNotUsed"/>.
    /// </summary>
    private static List<ClipRecord> AudioOnlyClips(List<(string Path, RavdessName Name)> videos,
        Dictionary<string, string> audio, TakeRules rules, SkipLog skips)
    {
        var sources = audio.ToDictionary(a => a.Key, a => (Path: a.Value, Name: RavdessName.TryParse(Path.GetFileNameWithoutExtension(a.Value))!),
            StringComparer.Ordinal);
        foreach (var (path, name) in videos.OrderBy(v => v.Name.Modality).ThenBy(v => v.Path, StringComparer.Ordinal))
        {
            if (name.Modality == 1 && sources.TryAdd(name.TakeKey, (path, name))) continue;
            skips.LeaveOut(path, LeaveOutRule.VideoNotUsed, sources.ContainsKey(name.TakeKey)
                ? $"audio-only study: take {name.TakeKey} is read from {Path.GetFileName(sources[name.TakeKey].Path)}"
                : "audio-only study: a video-only (02) file has no sound");
        }
        var clips = new List<ClipRecord>();
        foreach (var (take, (path, name)) in sources.OrderBy(s => s.Value.Path, StringComparer.Ordinal))
        {
            rules.HandledTakes.Add(take);
            if (!rules.Admit(name, [path], out var emotion)) continue;
            clips.Add(ClipRecord.AudioOnly(Path.GetFileNameWithoutExtension(path), path, emotion, Speaker(name),
                TwoDigits(name.Statement), TwoDigits(name.Intensity), name.Sex, CorpusName));
        }
        return clips;
    }

    private static string Speaker(RavdessName name) => TwoDigits(name.Actor);
    private static string TwoDigits(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The label rules every take passes: a known emotion code, speech unless song is kept, not a dropped emotion.</summary>
    private sealed class TakeRules(RavdessOptions options, SkipLog skips)
    {
        public HashSet<string> HandledTakes { get; } = new(StringComparer.Ordinal);

        /// <summary>True with the take's emotion; false after logging the files as skipped or left out.</summary>
        public bool Admit(RavdessName name, string[] files, out Emotion emotion)
        {
            emotion = default;
            string id = Path.GetFileNameWithoutExtension(files[0]);
            void LeaveOut(LeaveOutRule rule, string message)
            {
                foreach (string file in files) skips.LeaveOut(file, rule, message);
            }
            if (name.EmotionCode is < 1 or > 8)
            {
                skips.Add(new SkippedClip(files[0], SkipReason.UnknownLabel, $"emotion code {name.EmotionCode:00} is not 01..08") { OtherFiles = files[1..] });
                return false;
            }
            if (name.VocalChannel == 2 && !options.IncludeSong)
            {
                LeaveOut(LeaveOutRule.Song, $"sung take {id} (vocal channel 02); song is excluded");
                return false;
            }
            if (options.DroppedEmotionCodes.Contains(name.EmotionCode))
            {
                var rule = name.EmotionCode switch { 2 => LeaveOutRule.RavdessCalm, 8 => LeaveOutRule.RavdessSurprised, _ => LeaveOutRule.DroppedEmotion };
                LeaveOut(rule, $"emotion code {name.EmotionCode:00} is left out");
                return false;
            }
            if (!Emotions.TryFromRavdessCode(name.EmotionCode, out var found))
            {
                skips.Add(new SkippedClip(files[0], SkipReason.UnknownLabel, $"emotion code {name.EmotionCode:00} has no class") { OtherFiles = files[1..] });
                return false;
            }
            emotion = found.Value;
            return true;
        }
    }
}
