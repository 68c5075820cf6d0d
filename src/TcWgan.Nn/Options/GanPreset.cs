namespace TcWgan.Nn;

/// <summary>Named groups of optimiser settings (see <see cref="GanOptions.FromPreset"/>).</summary>
public enum GanPreset
{
    /// <summary>Gulrajani et al. WGAN-GP: Adam 1e-4, β = (0, 0.9), 5 critic steps, GP weight 10, batch 64.</summary>
    WganGp,
    /// <summary>The paper's settings: RMSprop 1e-4, 10 critic steps, GP weight 5, batch 32.</summary>
    Paper,
}
