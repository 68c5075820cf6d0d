namespace TcWgan.Nn;

/// <summary>
/// Sets every batch norm's running statistics to the exact statistics of its inputs over given data, under the
/// final weights ("precise BN"). The running averages a norm keeps while training trail the weights by about ten
/// steps; after short or fast training (the CPU profiles, a GAN's pre-training phases, the generator at the end of
/// adversarial training) eval mode then sees different activations than training did, and the error compounds
/// through deep stacks. Run after training, before the network is used in eval mode.
/// </summary>
internal static class BatchNormCalibration
{
    /// <summary>
    /// Forwards <paramref name="batches"/> (inputs produced on demand) through <paramref name="forward"/> with batch norms
    /// in train mode and dropout and masks off, then stores each norm's mean and variance over all of them; leaves the
    /// network in eval mode. Chunk statistics are combined exactly: mean = Σ nᵢ·μᵢ / N, E[x²] = Σ nᵢ·(σᵢ² + μᵢ²) / N.
    /// </summary>
    public static void Recalibrate(nn.Module network, IEnumerable<Func<Tensor>> batches, Func<Tensor, Tensor> forward)
    {
        var norms = network.modules().OfType<BatchNorm>().Where(n => n.track_running_stats).ToList();
        if (norms.Count == 0) { network.eval(); return; }
        var momenta = norms.Select(n => n.momentum).ToList();
        var means = new Tensor?[norms.Count];
        var squares = new Tensor?[norms.Count];
        long total = 0;
        try
        {
            network.train();
            foreach (var module in network.modules())
                if (module is SeededDropout or SpecMasking) module.eval();
            foreach (var norm in norms) norm.momentum = 1.0; // each forward stores exactly that chunk's statistics
            using var noGrad = no_grad();
            foreach (var batch in batches)
            {
                using var scope = NewDisposeScope();
                var input = batch();
                long n = input.shape[0];
                if (n < 2) continue;
                forward(input);
                for (int i = 0; i < norms.Count; i++)
                {
                    var mean = ScalarMath.Mul(norms[i].running_mean!, n);                            // (C)
                    var square = ScalarMath.Mul(ScalarMath.Plus(norms[i].running_var!, norms[i].running_mean!.square()), n);
                    means[i] = Accumulate(means[i], mean);
                    squares[i] = Accumulate(squares[i], square);
                }
                total += n;
            }
            if (total > 0)
                for (int i = 0; i < norms.Count; i++)
                {
                    var mean = ScalarMath.Mul(means[i]!, 1.0 / total);
                    var variance = ScalarMath.ClampMin(ScalarMath.Mul(squares[i]!, 1.0 / total) - mean.square(), 0);
                    norms[i].running_mean!.copy_(mean);
                    norms[i].running_var!.copy_(variance);
                }
        }
        finally
        {
            for (int i = 0; i < norms.Count; i++)
            {
                norms[i].momentum = momenta[i];
                means[i]?.Dispose();
                squares[i]?.Dispose();
            }
            network.eval();
        }
    }

    private static Tensor Accumulate(Tensor? sum, Tensor value)
    {
        var detached = value.detach().clone().DetachFromDisposeScope();
        if (sum is null) return detached;
        sum.add_(detached, ScalarMath.One);
        detached.Dispose();
        return sum;
    }

    /// <summary>Chunks of a batch source's rows (its inputs only), for <see cref="Recalibrate"/>.</summary>
    public static IEnumerable<Func<Tensor>> Chunks(IBatchSource source, Device device, int chunk = 256) =>
        Batches.Chunks(source.Count, chunk).Select(c => (Func<Tensor>)(() => source.Inputs(ScalarMath.Range(c.Start, c.Start + c.Count, device))));
}
