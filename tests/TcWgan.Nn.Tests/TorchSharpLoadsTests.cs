namespace TcWgan.Nn.Tests;

/// <summary>
/// Proves the native library loads on this machine (the GLIBCXX_3.4.32 fix in build/) and really computes.
/// </summary>
public class TorchSharpLoadsTests
{
    [Fact]
    public void MatrixProductIsComputedByLibTorch()
    {
        using var a = tensor(new float[] { 1, 2, 3, 4 }, [2, 2]);
        using var b = tensor(new float[] { 5, 6, 7, 8 }, [2, 2]);
        using var c = matmul(a, b);
        // [[1,2],[3,4]]·[[5,6],[7,8]] = [[19,22],[43,50]]
        Assert.Equal(new float[] { 19, 22, 43, 50 }, c.data<float>().ToArray());
    }
}
