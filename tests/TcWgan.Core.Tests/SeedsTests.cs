namespace TcWgan.Core.Tests;

/// <summary>The four seed derivations against values computed independently (Python, the same formulas).</summary>
public class SeedsTests
{
    [Fact]
    public void StepSeedsAreSplitMix64AndDistinct()
    {
        Assert.Equal(7375291375924494845L, Seeds.Derive(1L, 5L));
        Assert.Equal(6488410793773427446L, Seeds.Derive(42L, 0L));
        Assert.Equal(4955325406980344731L, Seeds.Derive(7L, -1L)); // negative steps name the pre-training draws
        var seeds = Enumerable.Range(0, 1000).Select(s => Seeds.Derive(42L, s)).ToHashSet();
        Assert.Equal(1000, seeds.Count);
        Assert.All(seeds, s => Assert.True(s >= 0));
    }

    [Fact]
    public void NamedSeedsAreFnv1aOfSeedAndKey()
    {
        Assert.Equal(1357604234, Seeds.Derive(0, ""));
        Assert.Equal(1289183815, Seeds.Derive(1, "clip:x"));
        Assert.NotEqual(Seeds.Derive(1, "clip:x"), Seeds.Derive(1, "clip:y"));
        Assert.NotEqual(Seeds.Derive(1, "clip:x"), Seeds.Derive(2, "clip:x"));
        Assert.Equal(Seeds.Rng(3, "k").Next(), new Random(Seeds.Derive(3, "k")).Next());
    }

    [Fact]
    public void VariantSeedsAreSplitMix64OfTheClipSeedAndIndex()
    {
        Assert.Equal(1656755946, Seeds.Variant(11, 0));
        Assert.Equal(1038847173, Seeds.Variant(11, 3));
        Assert.Equal(210214850, Seeds.Variant(-5, 9));
    }

    [Fact]
    public void ClipSeedIsAFixedFunctionOfSeedAndId()
    {
        // First 4 bytes (LE) of SHA-256("augment\x1f<seed>\x1f<id>") & 0x7fffffff, from Python hashlib.
        Assert.Equal(1160441480, Seeds.ClipAugment(2021, "1001_DFA_ANG_XX"));
        Assert.Equal(591995531, Seeds.ClipAugment(0, "a"));
        Assert.NotEqual(Seeds.ClipAugment(2021, "1001_DFA_ANG_XX"), Seeds.ClipAugment(2022, "1001_DFA_ANG_XX"));
        Assert.NotEqual(Seeds.ClipAugment(2021, "1001_DFA_ANG_XX"), Seeds.ClipAugment(2021, "1001_DFA_HAP_XX"));
    }
}
