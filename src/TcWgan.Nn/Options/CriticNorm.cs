namespace TcWgan.Nn;

/// <summary>Normalisation inside the critic trunk.</summary>
public enum CriticNorm
{
    /// <summary>No normalisation.</summary>
    None,
    /// <summary>Per-sample layer normalisation over (C, H, W) (GroupNorm with one group); safe with the gradient penalty.</summary>
    Layer,
    /// <summary>Batch normalisation (mixes samples, which the gradient penalty formally forbids; kept for comparison).</summary>
    Batch,
}
