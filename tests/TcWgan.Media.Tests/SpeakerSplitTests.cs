namespace TcWgan.Media.Tests;

public sealed class SpeakerSplitTests
{
    private static List<ClipRecord> Clips(IEnumerable<string> speakers, int perClass = 2) =>
        speakers.SelectMany(s => Emotions.All.SelectMany(e => Enumerable.Range(0, perClass)
            .Select(i => new ClipRecord($"{s}_{e}_{i}", $"/v/{s}_{e}_{i}.mp4", null, e, s)))).ToList();

    private static string[] Speakers(IReadOnlyList<ClipRecord> part) => part.Select(c => c.Speaker).Distinct().Order().ToArray();

    [Fact]
    public void Random_60_30_10_BySpeaker_NoSpeakerInTwoParts()
    {
        var clips = Clips(Enumerable.Range(1, 20).Select(i => $"sp{i:00}"));
        var split = SpeakerSplit.Split(clips, new SplitOptions { Seed = 3 });
        Assert.Equal((12, 6, 2), (Speakers(split.Train).Length, Speakers(split.Validation).Length, Speakers(split.Test).Length));
        Assert.Empty(Speakers(split.Train).Intersect(Speakers(split.Validation)));
        Assert.Empty(Speakers(split.Train).Intersect(Speakers(split.Test)));
        Assert.Empty(Speakers(split.Validation).Intersect(Speakers(split.Test)));
        Assert.Equal(clips.Count, split.Train.Count + split.Validation.Count + split.Test.Count);
        Assert.Empty(split.Excluded);
        // Input order kept inside a part.
        Assert.Equal(split.Train.OrderBy(c => clips.IndexOf(c)), split.Train);
    }

    [Fact]
    public void Random_SameSeedSameSplit_OtherSeedOtherSplit()
    {
        var clips = Clips(Enumerable.Range(1, 20).Select(i => $"sp{i:00}"));
        var a = SpeakerSplit.Split(clips, new SplitOptions { Seed = 11 });
        var b = SpeakerSplit.Split(clips, new SplitOptions { Seed = 11 });
        var c = SpeakerSplit.Split(clips, new SplitOptions { Seed = 12 });
        Assert.Equal(Speakers(a.Test), Speakers(b.Test));
        Assert.Equal(Speakers(a.Validation), Speakers(b.Validation));
        Assert.NotEqual(Speakers(a.Train), Speakers(c.Train));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void FewSpeakers_EveryPartNonEmpty(int speakers)
    {
        var split = SpeakerSplit.Split(Clips(Enumerable.Range(1, speakers).Select(i => $"s{i}")), new SplitOptions { Seed = 1 });
        Assert.NotEmpty(split.Train);
        Assert.NotEmpty(split.Validation);
        Assert.NotEmpty(split.Test);
    }

    [Fact]
    public void BalanceClasses_DownsamplesToTheSmallestClassPerPart()
    {
        var clips = Clips(Enumerable.Range(1, 10).Select(i => $"s{i:00}"), perClass: 3);
        // Remove most anger clips so anger is the smallest class.
        clips.RemoveAll(c => c.Emotion == Emotion.Anger && !c.Id.EndsWith("_0"));
        var split = SpeakerSplit.Split(clips, new SplitOptions { Seed = 5, BalanceClasses = true });
        foreach (var part in new[] { split.Train, split.Validation, split.Test })
        {
            var counts = part.GroupBy(c => c.Emotion).ToDictionary(g => g.Key, g => g.Count());
            int speakers = Speakers(part).Length;
            Assert.Equal(6, counts.Count);
            Assert.All(counts.Values, n => Assert.Equal(speakers, n)); // one anger clip per speaker
        }
        Assert.Equal(clips.Count, split.Train.Count + split.Validation.Count + split.Test.Count + split.Excluded.Count);
        var again = SpeakerSplit.Split(clips, new SplitOptions { Seed = 5, BalanceClasses = true });
        Assert.Equal(split.Train.Select(c => c.Id), again.Train.Select(c => c.Id));
    }

    [Fact]
    public void CremaDAuthors_FixedActorRanges()
    {
        var clips = Clips(["1001", "1060", "1061", "1062", "1075", "1076", "1077", "1095"], perClass: 1);
        var split = SpeakerSplit.Split(clips, SplitOptions.CremaDAuthors);
        Assert.Equal(["1001", "1060"], Speakers(split.Train));
        Assert.Equal(["1062", "1075"], Speakers(split.Validation));
        Assert.Equal(["1077", "1095"], Speakers(split.Test));
        Assert.Equal(["1061", "1076"], Speakers(split.Excluded));
    }

    [Fact]
    public void Validate_ListsEveryProblem()
    {
        var errors = new SplitOptions
        {
            TrainFraction = 1.2, SpeakerRanges = [new SpeakerRange(5, 1, SplitPart.Test), new(0, 10, SplitPart.Train), new(10, 20, SplitPart.Test)],
        }.Validate();
        Assert.Contains(errors, e => e.Contains("TrainFraction"));
        Assert.Contains(errors, e => e.Contains("sum to 1"));
        Assert.Contains(errors, e => e.Contains("is empty"));
        Assert.Contains(errors, e => e.Contains("overlap"));
        Assert.Throws<ArgumentException>(() => SpeakerSplit.Split([], new SplitOptions { TestFraction = 0.5 }));
        Assert.Empty(SplitOptions.CremaDAuthors.Validate());
    }
}
