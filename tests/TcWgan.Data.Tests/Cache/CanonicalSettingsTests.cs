namespace TcWgan.Data.Tests.Cache;

public sealed class CanonicalSettingsTests
{
    private enum Kind { Plain, Fancy }

    private sealed class Inner
    {
        public double Threshold { get; set; } = 0.1;
        public int[] Sizes { get; set; } = [1, 2];
    }

    private sealed class Outer
    {
        public string Name { get; set; } = "x";
        public Kind Kind { get; set; } = Kind.Plain;
        public Inner Inner { get; set; } = new();
        public int Alpha { get; set; } = 3;
        public TimeSpan Span { get; set; } = TimeSpan.FromMilliseconds(5);
    }

    private sealed class Looped
    {
        public Looped? Self { get; set; }
    }

    [Fact]
    public void Writes_properties_sorted_by_name_with_invariant_round_trip_numbers()
    {
        Assert.Equal(
            "Outer{Alpha=3,Inner=Inner{Sizes=[1,2],Threshold=0.1},Kind=Kind.Plain,Name=\"x\",Span=50000ticks}",
            CanonicalSettings.Write(new Outer()));
    }

    [Fact]
    public void Every_changed_value_changes_the_text()
    {
        string baseline = CanonicalSettings.Write(new Outer());
        Assert.NotEqual(baseline, CanonicalSettings.Write(new Outer { Alpha = 4 }));
        Assert.NotEqual(baseline, CanonicalSettings.Write(new Outer { Kind = Kind.Fancy }));
        Assert.NotEqual(baseline, CanonicalSettings.Write(new Outer { Inner = new Inner { Threshold = 0.1000001 } }));
        Assert.NotEqual(baseline, CanonicalSettings.Write(new Outer { Inner = new Inner { Sizes = [2, 1] } }));
        Assert.NotEqual(baseline, CanonicalSettings.Write(new Outer { Name = "x\"" }));
        Assert.Equal(baseline, CanonicalSettings.Write(new Outer()));
    }

    [Fact]
    public void Writes_dictionaries_sorted_by_key_and_sequences_in_order()
    {
        var value = new Dictionary<string, int[]> { ["b"] = [2, 3], ["a"] = [] };
        Assert.Equal("{\"a\":[],\"b\":[2,3]}", CanonicalSettings.Write(value));
        Assert.Equal("[Looped{Self=null},null]", CanonicalSettings.Write(new object?[] { new Looped(), null }));
    }

    [Fact]
    public void Does_not_depend_on_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("Inner{Sizes=[1,2],Threshold=0.1}", CanonicalSettings.Write(new Inner()));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Cycles_and_delegates_are_rejected()
    {
        var looped = new Looped();
        looped.Self = looped;
        Assert.Throws<ArgumentException>(() => CanonicalSettings.Write(looped));
        Assert.Throws<ArgumentException>(() => CanonicalSettings.Write(new Func<int>(() => 1)));
    }
}
