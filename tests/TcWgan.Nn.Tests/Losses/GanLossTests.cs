namespace TcWgan.Nn.Tests;

/// <summary>The loss functions against known values.</summary>
public class GanLossTests
{
    /// <summary>D(x) = k·⟨u, x⟩ with ‖u‖ = 1 has gradient norm k everywhere, so GP = (k − 1)².</summary>
    [Theory]
    [InlineData(1.0)]
    [InlineData(3.0)]
    public void GradientPenaltyOfALinearCriticWithGradientNormKIsKMinusOneSquared(double k)
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(11, CPU);
        var direction = randn([3, 28, 112], generator: g);
        direction = direction / direction.norm();
        var weight = (direction * k).requires_grad_(true);
        Tensor Critic(Tensor x) => (x * weight).sum([1, 2, 3]).unsqueeze(1); // (B, 1)
        var real = rand([8, 3, 28, 112], generator: g);
        var fake = rand([8, 3, 28, 112], generator: g);
        var penalty = GanLosses.GradientPenalty(Critic, real, fake, g);
        Assert.Equal((k - 1) * (k - 1), penalty.item<float>(), 4);
        // create_graph: the penalty is differentiable with respect to the critic's weights.
        penalty.backward();
        if (k != 1) Assert.True(weight.grad!.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void GradientPenaltyIsPositiveForANonLipschitzCriticAndItsGradientLowersIt()
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(3, CPU);
        var w = (randn([3, 28, 112], generator: g) * 0.1).requires_grad_(true);
        Tensor Critic(Tensor x) => (x.square() * w).sum([1, 2, 3]).unsqueeze(1);
        var real = rand([4, 3, 28, 112], generator: g);
        var fake = rand([4, 3, 28, 112], generator: g);
        var before = GanLosses.GradientPenalty(Critic, real, fake, new Generator(5, CPU));
        before.backward();
        using (no_grad()) w.sub_(w.grad! * 1e-3);
        var after = GanLosses.GradientPenalty(Critic, real, fake, new Generator(5, CPU));
        Assert.True(after.item<float>() < before.item<float>());
    }

    [Fact]
    public void WassersteinCriticLossAndEstimateUseTheMeans()
    {
        using var scope = NewDisposeScope();
        var real = tensor(new float[] { 2, 4 }).unsqueeze(1);
        var fake = tensor(new float[] { -1, 1 }).unsqueeze(1);
        Assert.Equal(0 - 3 + 10 * 0.5, GanLosses.CriticWasserstein(real, fake, tensor(0.5f), 10).item<float>(), 5);
        Assert.Equal(3, GanLosses.WassersteinEstimate(real, fake).item<float>(), 5);
        Assert.Equal(0, GanLosses.GeneratorWasserstein(fake).item<float>(), 5);
    }

    [Fact]
    public void ConventionalLossesAreBinaryCrossEntropyOnTheScore()
    {
        using var scope = NewDisposeScope();
        var zero = zeros(3, 1);
        // σ(0) = ½: each BCE term is ln 2.
        Assert.Equal(2 * Math.Log(2), GanLosses.CriticConventional(zero, zero).item<float>(), 5);
        Assert.Equal(Math.Log(2), GanLosses.GeneratorConventional(zero).item<float>(), 5);
        var big = full(3, 1, 20f);
        Assert.True(GanLosses.GeneratorConventional(big).item<float>() < 1e-6);
    }

    [Fact]
    public void GeneratorLossAddsWeightedClassificationAndL1Terms()
    {
        using var scope = NewDisposeScope();
        var scores = tensor(new float[] { 1, 3 }).unsqueeze(1);           // −mean = −2
        var logits = zeros(2, 6);                                         // CE = ln 6
        var labels = tensor(new long[] { 1, 4 });
        var fake = full(2, 3, 28, 112, 0.5f);
        var real = full(2, 3, 28, 112, -0.5f);                            // L1 = 1
        var total = GanLosses.Generator(AdversarialLoss.Wasserstein, scores, logits, labels, fake, real, 2, 10);
        Assert.Equal(-2 + 2 * Math.Log(6) + 10, total.item<float>(), 4);
        var conventional = GanLosses.Generator(AdversarialLoss.Conventional, zeros(2, 1), logits, labels, fake, fake, 0, 10);
        Assert.Equal(Math.Log(2), conventional.item<float>(), 4);
    }

    [Fact]
    public void AccuracyCountsArgMaxHits()
    {
        using var scope = NewDisposeScope();
        var logits = tensor(new float[] { 0, 5, 0, 0, 0, 0, /**/ 9, 0, 0, 0, 0, 0 }, [2, 6]);
        Assert.Equal(0.5, GanLosses.Accuracy(logits, tensor(new long[] { 1, 2 })).item<float>(), 6);
    }
}
