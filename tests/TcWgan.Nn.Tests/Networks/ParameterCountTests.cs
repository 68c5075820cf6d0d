using TorchSharp;

namespace TcWgan.Nn.Tests;

/// <summary>Full-width parameter counts against the paper's figures (construction only, no forward pass).</summary>
public class ParameterCountTests
{
    [Theory]
    [InlineData(ClassifierKind.Q, 1.4e6)]
    [InlineData(ClassifierKind.Q16, 7.5e6)]
    public void ClassifierParameterCountsAreNearThePaper(ClassifierKind kind, double expected)
    {
        using var q = new EmotionClassifierNetwork(kind, 1, 0.25, null);
        long count = ParameterInit.Count(q);
        Assert.InRange(count, expected * 0.93, expected * 1.07);
    }

    [Fact]
    public void WidthMultiplierShrinksNetworks()
    {
        using var full = new SpectrogramGenerator(1, 0, null);
        using var tiny = new SpectrogramGenerator(0.125, 0, null);
        Assert.True(ParameterInit.Count(tiny) * 4 < ParameterInit.Count(full));
    }

    [Fact]
    public void SeededInitialisationDependsOnlyOnTheSeed()
    {
        using var a = new SpectrogramCritic(0.25, CriticNorm.Layer, false, 0, null);
        using var b = new SpectrogramCritic(0.25, CriticNorm.Layer, false, 0, null);
        using var c = new SpectrogramCritic(0.25, CriticNorm.Layer, false, 0, null);
        using (var g = new torch.Generator(7, torch.CPU)) ParameterInit.Reset(a, g);
        using (var g = new torch.Generator(7, torch.CPU)) ParameterInit.Reset(b, g);
        using (var g = new torch.Generator(8, torch.CPU)) ParameterInit.Reset(c, g);
        var pa = a.parameters().ToList(); var pb = b.parameters().ToList(); var pc = c.parameters().ToList();
        Assert.All(Enumerable.Range(0, pa.Count), i => Assert.True(pa[i].allclose(pb[i], 0, 0)));
        Assert.Contains(Enumerable.Range(0, pa.Count), i => !pa[i].allclose(pc[i], 0, 0));
    }
}
