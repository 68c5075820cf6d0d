namespace TcWgan.Nn.Tests;

/// <summary>The Scalar-holding arithmetic gives TorchSharp's operator results, for float and int64 tensors.</summary>
public class ScalarMathTests
{
    [Fact]
    public void PlusBroadcastsLikeTheOperator()
    {
        using var scope = NewDisposeScope();
        var left = tensor(new float[] { 1.5f, -2f, 3.25f, 0f, 7f, -1f }).view(2, 3); // (2, 3)
        var right = tensor(new float[] { 0.5f, 2f, -0.25f });                        // (3)
        Assert.Equal(new float[] { 2f, 0f, 3f, 0.5f, 9f, -1.25f }, ScalarMath.Plus(left, right).data<float>().ToArray());
        Assert.Equal((left + right).data<float>().ToArray(), ScalarMath.Plus(left, right).data<float>().ToArray());
    }

    [Fact]
    public void TheHeldOneIsIntegralSoInt64TensorsAcceptIt()
    {
        using var scope = NewDisposeScope();
        var counts = tensor(new long[] { 4, 9 });
        Assert.Equal(new long[] { 5, 10 }, ScalarMath.Plus(counts, ones_like(counts)).data<long>().ToArray());
        counts.add_(ScalarMath.One, ScalarMath.One);                                 // what batch norm's counter does
        Assert.Equal(new long[] { 5, 10 }, counts.data<long>().ToArray());
    }

    [Fact]
    public void ClampKeepsValuesInsideTheRange()
    {
        using var scope = NewDisposeScope();
        var values = tensor(new float[] { -3f, 0.5f, 2f, 9f });
        Assert.Equal(new float[] { 1f, 1f, 2f, 6f }, ScalarMath.Clamp(values, 1, 6).data<float>().ToArray());
    }
}
