using System.Text.Json;
using TcWgan.TestSupport;

namespace TcWgan.Media.Tests;

public sealed class ManifestLoaderTests
{
    private static string SchemaFolder => Path.Combine(RepoPaths.Root, "data-schemas");

    [Fact]
    public void LoaderColumns_EqualTheSchemaProperties()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaFolder, "manifest.schema.json")));
        var root = doc.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal(ManifestLoader.Columns, root.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(ManifestLoader.RequiredColumns, root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var emotionNames = root.GetProperty("properties").GetProperty("emotion").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.All(emotionNames, n => Assert.True(Emotions.TryParse(n, out _), n));
        Assert.All(Emotions.Names, n => Assert.Contains(n, emotionNames));
    }

    [Fact]
    public void ExampleCsv_HeaderMatchesTheLoader_AndLoadsInPlace()
    {
        string csv = Path.Combine(SchemaFolder, "manifest.example.csv");
        Assert.Equal(string.Join(',', ManifestLoader.Columns), File.ReadLines(csv).First());
        var skips = new SkipLog();
        var clips = ManifestLoader.Load(csv, skips);
        Assert.Empty(skips.Items);
        Assert.Equal([Emotion.Anger, Emotion.Happiness, Emotion.Neutral], clips.Select(c => c.Emotion));
        Assert.Equal(Path.Combine(RepoPaths.RealCremaD, "VideoFlash", "1001_DFA_ANG_XX.flv"), clips[0].VideoPath);
        Assert.Equal(Path.Combine(RepoPaths.RealCremaD, "AudioWAV", "1001_DFA_ANG_XX.wav"), clips[0].AudioPath);
        Assert.Null(clips[2].AudioPath);
        Assert.Equal(("01", Sex.Male, "manifest"), (clips[2].Speaker, clips[2].Sex, clips[2].Corpus));
        Assert.Equal(("DFA", "XX"), (clips[0].Sentence, clips[0].Intensity));
    }

    [Fact]
    public void BadRows_AreSkippedNamingTheRow()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.Combine("a.mp4"), [1]);
        File.WriteAllBytes(dir.Combine("empty.mp4"), []);
        File.WriteAllText(dir.Combine("m.csv"),
            "Speaker,Emotion,Video_Path,notes\n" +
            "s1,happy,a.mp4,\"quoted, with comma\"\n" +   // row 2: good
            "s2,bored,a.mp4,\n" +                         // row 3: unknown emotion
            "\n" +
            "s3,sad,missing.mp4,\n" +                     // row 5: file not found
            ",sad,a.mp4,\n" +                             // row 6: no speaker
            "s4,sad,empty.mp4,\n" +                       // row 7: empty file
            "s5,ANG," + dir.Combine("a.mp4") + ",\n");    // row 8: absolute path, CREMA-D code
        var skips = new SkipLog();
        var clips = ManifestLoader.Load(dir.Combine("m.csv"), skips);
        Assert.Equal(["s1", "s5"], clips.Select(c => c.Speaker));
        Assert.Equal([Emotion.Happiness, Emotion.Anger], clips.Select(c => c.Emotion));
        Assert.All(clips, c => Assert.Equal(dir.Combine("a.mp4"), c.VideoPath));
        var items = skips.Items;
        Assert.Equal(4, items.Count);
        Assert.Contains(items, s => s.Reason == SkipReason.UnknownLabel && s.Message.StartsWith("row 3:") && s.Message.Contains("bored"));
        Assert.Contains(items, s => s.Reason == SkipReason.Unreadable && s.Message.StartsWith("row 5:"));
        Assert.Contains(items, s => s.Reason == SkipReason.BadName && s.Message.StartsWith("row 6:"));
        Assert.Contains(items, s => s.Reason == SkipReason.EmptyFile && s.Message.StartsWith("row 7:"));
        Assert.Equal(6, skips.FilesFound); // one video per row, no audio files
        Assert.Equal(skips.FilesFound, clips.Count + items.Sum(s => s.FileCount));
    }

    [Fact]
    public void Each_row_counts_its_video_and_audio_file_and_a_skip_names_both()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.Combine("a.mp4"), [1]);
        File.WriteAllBytes(dir.Combine("a.wav"), [1]);
        File.WriteAllText(dir.Combine("m.csv"),
            "video_path,audio_path,emotion,speaker\n" +
            "a.mp4,a.wav,sad,s1\n" +      // good: 2 files
            "a.mp4,gone.wav,sad,s1\n" +   // missing audio: Unreadable, names the video too
            ",a.wav,sad,s1\n" +          // no video: an audio-only clip, 1 file
            ",,sad,s1\n");               // neither: BadName on the CSV
        var skips = new SkipLog();
        var clips = ManifestLoader.Load(dir.Combine("m.csv"), skips);
        Assert.Equal(2, clips.Count);
        Assert.Equal(6, skips.FilesFound);
        Assert.Null(clips[1].VideoPath);
        Assert.Equal(dir.Combine("a.wav"), clips[1].AudioSource);
        var missing = Assert.Single(skips.Items, s => s.Reason == SkipReason.Unreadable);
        Assert.Equal((dir.Combine("gone.wav"), dir.Combine("a.mp4")), (missing.Path, Assert.Single(missing.OtherFiles)));
        var noFile = Assert.Single(skips.Items, s => s.Reason == SkipReason.BadName);
        Assert.Equal(dir.Combine("m.csv"), noFile.Path);
        Assert.Empty(noFile.OtherFiles);
        Assert.Equal(skips.FilesFound, clips.Sum(c => c.Files.Count) + skips.Items.Sum(s => s.FileCount));
    }

    [Theory]
    [InlineData("video_path,emotion\nx.mp4,sad\n", "speaker")]
    [InlineData("speaker,emotion\ns1,sad\n", "video_path' nor 'audio_path")]
    [InlineData("video_path,speaker\nx.mp4,s1\n", "emotion")]
    public void MissingRequiredColumn_ThrowsNamingIt(string content, string column)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.Combine("m.csv"), content);
        var e = Assert.Throws<InvalidDataException>(() => ManifestLoader.Load(dir.Combine("m.csv"), new SkipLog()));
        Assert.Contains($"'{column}'", e.Message);
        Assert.Contains("m.csv", e.Message);
    }
}
