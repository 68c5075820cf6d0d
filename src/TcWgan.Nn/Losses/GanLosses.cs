namespace TcWgan.Nn;

/// <summary>
/// The adversarial objectives as small pure functions of scores and tensors (each one readable line), so each can
/// be tested on its own; tensor + tensor goes through <see cref="ScalarMath.Plus"/>. Scores are the critic's (B, 1)
/// outputs.
/// </summary>
internal static class GanLosses
{
    /// <summary>
    /// WGAN-GP penalty E[(‖∇ₓ D(x̂)‖₂ − 1)²] at x̂ = α·real + (1 − α)·fake, α ~ U(0, 1) per sample from
    /// <paramref name="generator"/>. The graph is kept (create_graph) so the penalty trains the critic.
    /// </summary>
    public static Tensor GradientPenalty(Func<Tensor, Tensor> critic, Tensor real, Tensor fake, Generator? generator)
    {
        using var mixed = Interpolate(real, fake, generator);   // (B, 3, 28, 112), requires grad
        using var scores = critic(mixed);                        // (B, 1)
        return PenaltyOf(scores, mixed);
    }

    /// <summary>x̂ = α·real + (1 − α)·fake with α ~ U(0, 1) per sample, detached and requiring grad (the penalty's input).</summary>
    private static Tensor Interpolate(Tensor real, Tensor fake, Generator? generator)
    {
        var alphaShape = new long[real.dim()];
        alphaShape[0] = real.shape[0];
        for (int i = 1; i < alphaShape.Length; i++) alphaShape[i] = 1;
        using var alpha = rand(alphaShape, dtype: real.dtype, device: real.device, generator: generator); // (B, 1, 1, 1)
        using var detachedFake = fake.detach();
        using var complement = ScalarMath.SubtractFrom(1, alpha);                                        // (B, 1, 1, 1)
        using var realPart = alpha * real;
        using var fakePart = complement * detachedFake;
        using var sum = ScalarMath.Plus(realPart, fakePart);
        return sum.detach().requires_grad_(true);                                                         // (B, 3, 28, 112)
    }

    /// <summary>E[(‖∂ scores / ∂ inputs‖₂ − 1)²] over the batch, with the graph kept so it can be trained through.</summary>
    private static Tensor PenaltyOf(Tensor scores, Tensor inputs)
    {
        using var ones = ones_like(scores);
        var gradients = autograd.grad([scores], [inputs], [ones], retain_graph: true, create_graph: true);
        using var gradient = gradients[0];                                                                // (B, 3, 28, 112)
        using var flat = gradient.flatten(1);                                                             // (B, 3·28·112)
        using var norms = flat.norm(1);                                                                   // (B)
        using var excess = ScalarMath.Add(norms, -1);                                                     // (B)
        return excess.square().mean();                                                                    // scalar
    }

    /// <summary>Wasserstein critic loss E[D(fake)] − E[D(real)] + λ·GP.</summary>
    public static Tensor CriticWasserstein(Tensor realScores, Tensor fakeScores, Tensor gradientPenalty, double penaltyWeight) =>
        ScalarMath.Plus(fakeScores.mean() - realScores.mean(), ScalarMath.Mul(gradientPenalty, penaltyWeight));

    /// <summary>Estimate of the Wasserstein distance the critic sees: E[D(real)] − E[D(fake)].</summary>
    public static Tensor WassersteinEstimate(Tensor realScores, Tensor fakeScores) => realScores.mean() - fakeScores.mean();

    /// <summary>Conventional (dacssGAN) critic loss: BCE-with-logits, real → 1, fake → 0.</summary>
    public static Tensor CriticConventional(Tensor realScores, Tensor fakeScores) => ScalarMath.Plus(
        nn.functional.binary_cross_entropy_with_logits(realScores, ones_like(realScores)),
        nn.functional.binary_cross_entropy_with_logits(fakeScores, zeros_like(fakeScores)));

    /// <summary>Wasserstein generator adversarial term −E[D(fake)].</summary>
    public static Tensor GeneratorWasserstein(Tensor fakeScores) => -fakeScores.mean();

    /// <summary>Conventional (non-saturating) generator adversarial term: BCE-with-logits, fake → 1.</summary>
    public static Tensor GeneratorConventional(Tensor fakeScores) =>
        nn.functional.binary_cross_entropy_with_logits(fakeScores, ones_like(fakeScores));

    /// <summary>Cross-entropy of Q's logits on generated samples against the conditioning emotions (B).</summary>
    public static Tensor Classification(Tensor logits, Tensor emotions) => nn.functional.cross_entropy(logits, emotions);

    /// <summary>Mean absolute difference between generated and paired real spectrograms.</summary>
    public static Tensor L1(Tensor fake, Tensor real) => (fake - real).abs().mean();

    /// <summary>
    /// Full generator loss: adversarial term (per <paramref name="loss"/>) + wQ·CE(Q(fake), c) + wL1·|fake − y|₁.
    /// </summary>
    public static Tensor Generator(AdversarialLoss loss, Tensor fakeScores, Tensor classifierLogits, Tensor emotions,
                                   Tensor fake, Tensor real, double classifierWeight, double l1Weight)
    {
        using var adversarial = loss == AdversarialLoss.Wasserstein ? GeneratorWasserstein(fakeScores) : GeneratorConventional(fakeScores);
        using var classification = Classification(classifierLogits, emotions);
        using var l1 = L1(fake, real);
        return ScalarMath.Plus(ScalarMath.Plus(adversarial, ScalarMath.Mul(classification, classifierWeight)), ScalarMath.Mul(l1, l1Weight));
    }

    /// <summary>Fraction of rows whose arg-max logit equals the label, as a scalar tensor (no host read).</summary>
    public static Tensor Accuracy(Tensor logits, Tensor labels)
    {
        using var predicted = logits.argmax(1);
        using var hits = predicted.eq(labels);
        return hits.to_type(ScalarType.Float32).mean();
    }
}
