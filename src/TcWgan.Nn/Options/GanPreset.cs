namespace TcWgan.Nn;

/// <summary>Named groups of optimiser settings, one per adversarial objective (see <see cref="GanOptions.FromPreset"/>).</summary>
public enum GanPreset
{
    /// <summary>Gulrajani et al.'s WGAN-GP (tc-wGAN, wGAN-im2im): Adam 1e-4, β = (0, 0.9), 5 critic steps, GP weight 10.</summary>
    WganGp,
    /// <summary>A conventional conditional GAN (dacssGAN), DCGAN's settings: Adam 2e-4, β = (0.5, 0.999), one discriminator step per generator step, no penalty.</summary>
    Conventional,
}
