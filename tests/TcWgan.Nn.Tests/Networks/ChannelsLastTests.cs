namespace TcWgan.Nn.Tests;

/// <summary>The channels-last layout keeps shape and values, and the trunks' layers compute the same in it.</summary>
public class ChannelsLastTests
{
    [Fact]
    public void KeepsShapeAndValuesWithChannelsInnermost()
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(3, CPU);
        var image = randn([2, 3, 4, 5], generator: g);     // (B, C, H, W)
        var packed = ChannelsLast.Of(image);
        Assert.Equal(image.shape, packed.shape);
        Assert.Equal(new long[] { 60, 1, 15, 3 }, packed.stride());
        Assert.True(packed.allclose(image, 0, 0));
        var volume = randn([2, 3, 4, 5, 6], generator: g); // (B, C, D, H, W)
        var packedVolume = ChannelsLast.Of(volume);
        Assert.Equal(1L, packedVolume.stride(1));
        Assert.True(packedVolume.allclose(volume, 0, 0));
        Assert.Throws<ArgumentException>(() => ChannelsLast.Of(randn(2, 3, 4)));
    }

    [Fact]
    public void TrunkLayersGiveTheSameOutputsAndGradientsInEitherLayout()
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(5, CPU);
        var layers = nn.Sequential(nn.Conv2d(3, 8, 3, padding: 1, bias: false), BatchNormLayer.Of2d(8), new LeakyRelu(0.2), nn.MaxPool2d(2));
        var x = randn([4, 3, 8, 12], generator: g);
        var weights = randn([4, 8, 4, 6], generator: g);     // a fixed linear read-out of the (4, 8, 4, 6) maps

        Tensor LossOf(Tensor input) => (layers.forward(input) * weights).sum();
        var standard = LossOf(x);
        standard.backward();
        var grad = layers.parameters().First().grad!.clone();
        layers.zero_grad();
        var packed = LossOf(ChannelsLast.Of(x));
        packed.backward();

        Assert.True(packed.allclose(standard, 1e-4, 1e-4), $"{packed.item<float>()} vs {standard.item<float>()}");
        Assert.True(layers.parameters().First().grad!.allclose(grad, 1e-4, 1e-4), "convolution weight gradient");
        Assert.Equal(1L, layers.forward(ChannelsLast.Of(x)).stride(1)); // the layout survives the layers
    }
}
