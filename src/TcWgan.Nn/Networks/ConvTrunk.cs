namespace TcWgan.Nn;

/// <summary>
/// The shared 2-D CNN body: for each stage of a <see cref="ConvTopology"/>, 3×3 convolutions each followed by batch
/// norm and LeakyReLU(0.2), then an optional 2×2 max-pool. No dropout inside: dropout before a batch norm shifts the
/// variance the norm learns, so in eval mode every layer would shrink the signal; networks drop out only after the
/// last norm, in their heads. Output: feature maps (B, <see cref="OutputChannels"/>, <see cref="OutputHeight"/>, <see cref="OutputWidth"/>).
/// </summary>
internal sealed class ConvTrunk : nn.Module<Tensor, Tensor>
{
    private readonly Sequential layers;

    /// <summary>Channels of the output maps.</summary>
    public int OutputChannels { get; }
    /// <summary>Height of the output maps.</summary>
    public int OutputHeight { get; }
    /// <summary>Width (time, for spectrograms) of the output maps.</summary>
    public int OutputWidth { get; }

    /// <summary>Builds the trunk for (3, <paramref name="height"/>, <paramref name="width"/>) inputs; channels scaled by <paramref name="widthMultiplier"/>.</summary>
    public ConvTrunk(ConvTopology topology, int height, int width, double widthMultiplier) : base(nameof(ConvTrunk))
    {
        layers = nn.Sequential();
        long channels = Shapes.Channels;
        int h = height, w = width;
        for (int s = 0; s < topology.Stages.Length; s++)
        {
            foreach (int units in topology.Stages[s])
            {
                long next = Width.Scale(units, widthMultiplier);
                layers.append(nn.Conv2d(channels, next, 3, padding: 1, bias: false)); // (B, next, h, w)
                layers.append(BatchNormLayer.Of2d(next));
                layers.append(new LeakyRelu(0.2));
                channels = next;
            }
            if (topology.PoolAfter[s] && h >= 2 && w >= 2)
            {
                layers.append(nn.MaxPool2d(2)); // (B, channels, h/2, w/2)
                h /= 2; w /= 2;
            }
        }
        OutputChannels = (int)channels;
        OutputHeight = h;
        OutputWidth = w;
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var packed = ChannelsLast.Of(input); // (B, 3, H, W), channels innermost
        return layers.forward(packed);             // (B, C, h, w), e.g. Q: (B, 128, 3, 14)
    }
}
