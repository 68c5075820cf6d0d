namespace TcWgan.Nn.Tests;

/// <summary>Full-width parameter counts against the paper's figures (construction only, no forward pass).</summary>
public class ParameterCountTests
{
    [Fact]
    public void QHasThePapersSixConvolutionsAndAPooledHead()
    {
        // Convolutions (no bias, batch norm follows) 3→32→64 | 64→64→128 | 128→128→128 (3×3): 424,800 weights;
        // batch norms 2·(32 + 64 + 64 + 128 + 128 + 128) = 1,088; head (mean ‖ max over time of (128, 3) maps) 768·6 + 6.
        // The paper's 1.4 M came from a flatten → dense 176 → 128 head, replaced because it memorised positions.
        using var q = new EmotionClassifierNetwork(ClassifierKind.Q, 1, 0.3, new SpecMasking(0, 0, 0, 0, null), null);
        Assert.Equal(424_800 + 1_088 + 768 * 6 + 6, ParameterInit.Count(q));
        Assert.Equal(768, q.FeatureCount);
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
        using var a = new SpectrogramCritic(0.25, CriticNorm.Layer, false);
        using var b = new SpectrogramCritic(0.25, CriticNorm.Layer, false);
        using var c = new SpectrogramCritic(0.25, CriticNorm.Layer, false);
        using (var g = new torch.Generator(7, torch.CPU)) ParameterInit.Reset(a, g);
        using (var g = new torch.Generator(7, torch.CPU)) ParameterInit.Reset(b, g);
        using (var g = new torch.Generator(8, torch.CPU)) ParameterInit.Reset(c, g);
        var pa = a.parameters().ToList(); var pb = b.parameters().ToList(); var pc = c.parameters().ToList();
        Assert.All(Enumerable.Range(0, pa.Count), i => Assert.True(pa[i].allclose(pb[i], 0, 0)));
        Assert.Contains(Enumerable.Range(0, pa.Count), i => !pa[i].allclose(pc[i], 0, 0));
    }
}
