namespace TcWgan.Nn;

/// <summary>
/// Re-initialises a network from a seeded generator with PyTorch's default scheme (uniform ±1/√fan_in for
/// convolutions and dense layers, ±1/√hidden for LSTMs; norms scale 1, shift 0), so weights depend only on the seed.
/// </summary>
internal static class ParameterInit
{
    /// <summary>Draws every weight of <paramref name="network"/> from <paramref name="generator"/> (a CPU generator).</summary>
    public static void Reset(nn.Module network, Generator generator)
    {
        using var noGrad = no_grad();
        foreach (var module in network.modules().Prepend(network))
        {
            var own = module.named_parameters(recurse: false).ToList();
            if (own.Count == 0) continue;
            if (module is BatchNorm or GroupNorm or LayerNorm)
            {
                // Scale 1, shift 0 (set explicitly: not every TorchSharp norm initialises its affine parameters).
                foreach (var (name, parameter) in own) parameter.fill_(name == "weight" ? 1 : 0);
                continue;
            }
            double bound;
            if (module is LSTM)
            {
                var hh = own.First(p => p.name.StartsWith("weight_hh", StringComparison.Ordinal)).parameter;
                bound = 1 / Math.Sqrt(hh.shape[1]);
            }
            else
            {
                var weight = own.FirstOrDefault(p => p.name == "weight").parameter;
                if (weight is null || weight.dim() < 2) continue;
                bound = 1 / Math.Sqrt(Batches.Elements(weight.shape[1..]));
            }
            foreach (var (_, parameter) in own) parameter.uniform_(-bound, bound, generator);
        }
    }

    /// <summary>Number of trainable scalars in <paramref name="network"/>.</summary>
    public static long Count(nn.Module network) => network.parameters().Sum(p => p.numel());
}
