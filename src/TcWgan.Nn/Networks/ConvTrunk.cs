using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TcWgan.Nn;

/// <summary>
/// The shared 2-D CNN body: for each stage of a <see cref="ConvTopology"/>, 3×3 convolutions each followed by
/// batch norm, LeakyReLU(0.2) and dropout, then an optional 2×2 max-pool; flatten; dense layers with the same
/// norm/activation/dropout. Output: (B, last dense width).
/// </summary>
public sealed class ConvTrunk : nn.Module<Tensor, Tensor>
{
    private readonly Sequential convolutions;
    private readonly Sequential dense;

    /// <summary>Features produced per sample.</summary>
    public int OutputFeatures { get; }

    /// <summary>
    /// Builds the trunk for (3, <paramref name="height"/>, <paramref name="width"/>) inputs. Hidden sizes are scaled by
    /// <paramref name="widthMultiplier"/>; <paramref name="outputFeatures"/>, when given, fixes the last dense width.
    /// </summary>
    public ConvTrunk(ConvTopology topology, int height, int width, double widthMultiplier, double dropout,
                     Generator? dropoutGenerator, int? outputFeatures = null) : base(nameof(ConvTrunk))
    {
        convolutions = nn.Sequential();
        long channels = Shapes.Channels;
        int h = height, w = width;
        for (int s = 0; s < topology.Stages.Length; s++)
        {
            foreach (int units in topology.Stages[s])
            {
                long next = Width.Scale(units, widthMultiplier);
                convolutions.append(nn.Conv2d(channels, next, 3, padding: 1)); // (B, next, h, w)
                convolutions.append(nn.BatchNorm2d(next));
                convolutions.append(new LeakyRelu(0.2));
                convolutions.append(new SeededDropout(dropout, dropoutGenerator));
                channels = next;
            }
            if (topology.PoolAfter[s] && h >= 2 && w >= 2)
            {
                convolutions.append(nn.MaxPool2d(2)); // (B, channels, h/2, w/2)
                h /= 2; w /= 2;
            }
        }
        dense = nn.Sequential();
        long features = channels * h * w; // flattened (B, C·h·w)
        for (int d = 0; d < topology.Dense.Length; d++)
        {
            bool last = d == topology.Dense.Length - 1;
            long next = last && outputFeatures is int fixedSize ? fixedSize : Width.Scale(topology.Dense[d], widthMultiplier);
            dense.append(nn.Linear(features, next));
            dense.append(nn.BatchNorm1d(next));
            dense.append(new LeakyRelu(0.2));
            dense.append(new SeededDropout(dropout, dropoutGenerator));
            features = next;
        }
        OutputFeatures = (int)features;
        RegisterComponents();
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        using var maps = convolutions.forward(input); // (B, C, h, w), e.g. Q: (B, 128, 3, 14)
        using var flat = maps.flatten(1);              // (B, C·h·w)
        return dense.forward(flat);                    // (B, OutputFeatures)
    }
}
