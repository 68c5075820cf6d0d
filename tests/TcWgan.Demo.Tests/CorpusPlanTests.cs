namespace TcWgan.Demo.Tests;

/// <summary>Presets plan the requested numbers of clips with names in each corpus's convention.</summary>
public sealed class CorpusPlanTests
{
    [Fact]
    public void Demo_preset_crema_plans_12_actors_by_6_emotions_by_3_sentences_by_2_levels()
    {
        var plan = CorpusPlan.Create(new DemoCorpusOptions { Layout = DemoLayout.CremaD, Preset = DemoPreset.Demo });
        Assert.Equal(12 * 6 * 3 * 2, plan.Clips.Count);
        Assert.All(plan.Clips.GroupBy(c => c.Emotion), g => Assert.Equal(72, g.Count()));
        Assert.All(plan.Clips.GroupBy(c => c.Actor.Speaker), g => Assert.Equal(36, g.Count()));
        Assert.Equal(plan.Clips.Count, plan.Clips.Select(c => c.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1001, 12), plan.Actors.Select(a => a.Number));
        Assert.All(plan.Clips, c => Assert.Matches(@"^\d{4}_(DFA|IEO|TIE)_(ANG|DIS|FEA|HAP|NEU|SAD)_(MD|HI)$", c.Id));
        Assert.All(plan.Clips, c => Assert.Equal(Path.Combine("VideoFlash", c.Id + ".flv"), c.VideoPath));
        Assert.All(plan.Clips, c => Assert.Equal(Path.Combine("AudioWAV", c.Id + ".wav"), c.AudioPath));
    }

    [Fact]
    public void Demo_preset_ravdess_has_no_strong_neutral_like_the_real_corpus()
    {
        var plan = CorpusPlan.Create(new DemoCorpusOptions { Layout = DemoLayout.Ravdess, Preset = DemoPreset.Demo });
        Assert.Equal(12 * (5 * 2 * 2 + 2), plan.Clips.Count);
        Assert.Equal(24, plan.Clips.Count(c => c.Emotion == Emotion.Neutral));
        Assert.DoesNotContain(plan.Clips, c => c.Emotion == Emotion.Neutral && c.Intensity == DemoIntensity.High);
        Assert.All(plan.Clips, c => Assert.Matches(@"^01-01-0[134567]-0[12]-0[12]-01-\d\d$", c.Id));
        Assert.All(plan.Clips, c => Assert.Equal(Path.Combine("Actor_" + c.Actor.Speaker, c.Id + ".mp4"), c.VideoPath));
        Assert.All(plan.Clips, c => Assert.Equal(Path.Combine("Actor_" + c.Actor.Speaker, "03" + c.Id[2..] + ".wav"), c.AudioPath));
        Assert.All(plan.Actors, a => Assert.Equal(a.Number % 2 == 1 ? Sex.Male : Sex.Female, a.Sex));
    }

    [Fact]
    public void Full_preset_crema_has_the_real_corpus_design()
    {
        var plan = CorpusPlan.Create(new DemoCorpusOptions { Layout = DemoLayout.CremaD, Preset = DemoPreset.Full });
        Assert.Equal(91 * (11 * 6 + 5 * 3 + 1), plan.Clips.Count); // 7,462: the real CREMA-D has 7,442 (20 takes missing)
        Assert.Equal(plan.Clips.Count, plan.Clips.Select(c => c.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1001, 91), plan.Actors.Select(a => a.Number));
        var ieo = plan.Clips.Where(c => c.Sentence == "IEO").ToList();
        Assert.All(ieo.Where(c => c.Emotion != Emotion.Neutral), c => Assert.Matches(@"_(LO|MD|HI)$", c.Id));
        Assert.All(ieo.Where(c => c.Emotion == Emotion.Neutral), c => Assert.EndsWith("_XX", c.Id));
        Assert.All(plan.Clips.Where(c => c.Sentence != "IEO"), c => Assert.EndsWith("_XX", c.Id));
        Assert.Equal(12, plan.Clips.Select(c => c.Sentence).Distinct().Count());
    }

    [Fact]
    public void Full_preset_ravdess_is_the_speech_corpus_size()
    {
        var plan = CorpusPlan.Create(new DemoCorpusOptions { Layout = DemoLayout.Ravdess, Preset = DemoPreset.Full });
        Assert.Equal(24 * (5 * 2 * 2 * 2 + 2 * 2), plan.Clips.Count);
        Assert.Equal(["tiny", "demo", "full"], DemoPresets.Names);
        Assert.All(DemoPresets.Names, n => Assert.NotNull(DemoPresets.Parse(n)));
        Assert.Null(DemoPresets.Parse("huge"));
    }

    [Fact]
    public void Ravdess_without_wav_plans_no_audio_files()
    {
        var plan = CorpusPlan.Create(new DemoCorpusOptions { Layout = DemoLayout.Ravdess, Preset = DemoPreset.Tiny, WriteRavdessWav = false });
        Assert.All(plan.Clips, c => Assert.Null(c.AudioPath));
    }

    [Fact]
    public void Invalid_options_list_every_problem_at_once()
    {
        var options = new DemoCorpusOptions { Width = 100, Height = 7, MaxParallelism = 0, Layout = (DemoLayout)9 };
        var errors = options.Validate();
        Assert.Equal(4, errors.Count);
        var ex = Assert.Throws<ArgumentException>(() => CorpusPlan.Create(options));
        Assert.Contains("Width", ex.Message);
        Assert.Contains("Height", ex.Message);
        Assert.Contains("MaxParallelism", ex.Message);
        Assert.Contains("Layout", ex.Message);
        Assert.Empty(new DemoCorpusOptions().Validate());
    }

    [Fact]
    public void Demographics_table_has_the_real_header_and_one_row_per_actor()
    {
        var plan = CorpusPlan.Create(new DemoCorpusOptions { Preset = DemoPreset.Tiny, Seed = 1 });
        var lines = DemographicsCsv.Format(plan.Actors).TrimEnd('\n').Split('\n');
        string realHeader = File.ReadLines(Path.Combine(TestSupport.RepoPaths.RealCremaD, "VideoDemographics.csv")).First();
        Assert.Equal(realHeader, lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("1001,", lines[1]);
        Assert.Contains("\"Male\"", lines[1]);
        Assert.Contains("\"Female\"", lines[2]);
    }
}
