namespace TcWgan.Nn;

/// <summary>Adversarial objective between generator and critic.</summary>
public enum AdversarialLoss
{
    /// <summary>Wasserstein loss with gradient penalty (tc-wGAN).</summary>
    Wasserstein,
    /// <summary>Conventional GAN loss: sigmoid / BCE-with-logits on the critic score (dacssGAN).</summary>
    Conventional,
}
