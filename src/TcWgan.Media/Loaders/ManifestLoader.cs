namespace TcWgan.Media;

/// <summary>
/// A CSV manifest listing clips of any corpus (schema: <c>data-schemas/manifest.schema.json</c>, described in
/// <c>data-schemas/manifest.md</c>). Header row required; columns in any order, names case-insensitive; extra
/// columns are ignored. Relative paths are resolved against the CSV's folder.
/// </summary>
public static class ManifestLoader
{
    /// <summary>Corpus name written into <see cref="ClipRecord.Corpus"/>.</summary>
    public const string CorpusName = "manifest";

    /// <summary>Video (face) file, absolute or relative to the CSV's folder; empty (or no such column) = an audio-only clip.</summary>
    public const string VideoPathColumn = "video_path";
    /// <summary>Separate audio file; empty = the video's own audio. Required when the row has no video.</summary>
    public const string AudioPathColumn = "audio_path";
    /// <summary>Emotion name, adjective or CREMA-D code (see <see cref="Emotions.TryParse"/>). Required.</summary>
    public const string EmotionColumn = "emotion";
    /// <summary>Speaker id; splits are by speaker. Required.</summary>
    public const string SpeakerColumn = "speaker";
    /// <summary>Sentence / statement code.</summary>
    public const string SentenceColumn = "sentence";
    /// <summary>Intensity code.</summary>
    public const string IntensityColumn = "intensity";
    /// <summary>male / female / m / f / unknown / empty.</summary>
    public const string SexColumn = "sex";

    /// <summary>Every column the loader reads, in schema order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [VideoPathColumn, AudioPathColumn, EmotionColumn, SpeakerColumn, SentenceColumn, IntensityColumn, SexColumn];

    /// <summary>Columns that must be in the header (and one of video_path, audio_path).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [EmotionColumn, SpeakerColumn];

    /// <summary>
    /// Clips in file order. A bad row goes to <paramref name="skips"/> with "row N" (N = the row's line in the file,
    /// the header being line 1): unknown or empty emotion or unknown sex (UnknownLabel), neither video_path nor audio_path, or an empty speaker
    /// (BadName), missing file (Unreadable), empty file (EmptyFile); the row's other file is named in
    /// <see cref="SkippedClip.OtherFiles"/>. Each row counts as the files it names (<see cref="SkipLog.CountFound"/>:
    /// its video, named or not, and its audio file when given), so the counts add up to the rows. Throws <see cref="InvalidDataException"/> naming
    /// the column when a required column is missing, and <see cref="FileNotFoundException"/> for a missing CSV.
    /// A row without a video is an audio-only clip of its audio file; with <paramref name="audioOnly"/> every row is
    /// (its audio file, or its video's sound), and a video beside an audio file is left out as
    /// <see cref="LeaveOutRule.VideoNotUsed"/>.
    /// </summary>
    public static IReadOnlyList<ClipRecord> Load(string csvPath, SkipLog skips, bool audioOnly = false)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        ArgumentNullException.ThrowIfNull(skips);
        string csv = Path.GetFullPath(csvPath);
        if (!File.Exists(csv)) throw new FileNotFoundException($"Manifest '{csv}' not found.", csv);
        var table = CsvTable.Read(csv);
        foreach (string required in RequiredColumns)
            if (table.IndexOf(required) < 0)
                throw new InvalidDataException(
                    $"{csv}: required column '{required}' is missing (header: {string.Join(", ", table.Header)}).");
        if (table.IndexOf(VideoPathColumn) < 0 && table.IndexOf(AudioPathColumn) < 0)
            throw new InvalidDataException(
                $"{csv}: neither '{VideoPathColumn}' nor '{AudioPathColumn}' is in the header (header: {string.Join(", ", table.Header)}).");
        var col = Columns.ToDictionary(c => c, table.IndexOf);
        string folder = Path.GetDirectoryName(csv)!;

        var clips = new List<ClipRecord>();
        foreach (var (line, fields) in table.Rows)
        {
            string Get(string column) => CsvTable.Field(fields, col[column]);
            string row = $"row {line}";
            string videoText = Get(VideoPathColumn), audioText = Get(AudioPathColumn);
            string? video = videoText.Length == 0 ? null : Path.GetFullPath(Path.Combine(folder, videoText));
            string? audio = audioText.Length == 0 ? null : Path.GetFullPath(Path.Combine(folder, audioText));
            skips.CountFound(Math.Max(1, (video is null ? 0 : 1) + (audio is null ? 0 : 1))); // the files the row names (a row naming none counts as one)
            void Skip(string path, SkipReason reason, string message) => skips.Add(new SkippedClip(path, reason, message)
            {
                OtherFiles = new[] { video, audio }.OfType<string>().Where(f => f != path).ToArray(),
            });
            if (video is null && audio is null)
            {
                Skip(csv, SkipReason.BadName, $"{row}: video_path and audio_path are both empty");
                continue;
            }
            string main = video ?? audio!;
            string emotionText = Get(EmotionColumn);
            if (!Emotions.TryParse(emotionText, out var emotion))
            {
                Skip(main, SkipReason.UnknownLabel,
                    $"{row}: unknown emotion '{emotionText}' (expected one of {string.Join(", ", Emotions.Names)})");
                continue;
            }
            string speaker = Get(SpeakerColumn);
            if (speaker.Length == 0)
            {
                Skip(main, SkipReason.BadName, $"{row}: speaker is empty");
                continue;
            }
            string sexText = Get(SexColumn);
            if (CremaDDemographics.ParseSex(sexText) is not { } sex)
            {
                Skip(main, SkipReason.UnknownLabel, $"{row}: unknown sex '{sexText}' (expected male, female or empty)");
                continue;
            }
            if ((video is not null && MissingOrEmpty(video, row, Skip)) || (audio is not null && MissingOrEmpty(audio, row, Skip))) continue;
            string sentence = Get(SentenceColumn), intensity = Get(IntensityColumn);
            if (audioOnly && video is not null)
            {
                if (audio is not null) skips.LeaveOut(video, LeaveOutRule.VideoNotUsed, $"{row}: audio-only study; the row's audio file is used");
                else audio = video;
                video = null;
            }
            clips.Add(new ClipRecord(Path.GetFileNameWithoutExtension(main), video, audio, emotion, speaker,
                Sentence: sentence.Length == 0 ? null : sentence,
                Intensity: intensity.Length == 0 ? null : intensity,
                Sex: sex,
                Corpus: CorpusName));
        }
        return clips;
    }

    private static bool MissingOrEmpty(string path, string row, Action<string, SkipReason, string> skip)
    {
        if (!File.Exists(path))
        {
            skip(path, SkipReason.Unreadable, $"{row}: file not found");
            return true;
        }
        if (new FileInfo(path).Length == 0)
        {
            skip(path, SkipReason.EmptyFile, $"{row}: file is empty (0 bytes)");
            return true;
        }
        return false;
    }
}
