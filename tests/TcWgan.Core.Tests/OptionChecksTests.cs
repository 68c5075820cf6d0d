namespace TcWgan.Core.Tests;

public class OptionChecksTests
{
    [Fact]
    public void NoProblemsPassAndProblemsAreAllNamedInOneMessage()
    {
        OptionChecks.ThrowIfAny([], "GanOptions");
        var ex = Assert.Throws<ArgumentException>(() => OptionChecks.ThrowIfAny(["Width must be > 0.", "Steps must be ≥ 0."], "GanOptions", "options"));
        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith("Invalid GanOptions: Width must be > 0. Steps must be ≥ 0.", ex.Message);
    }
}
