namespace TcWgan.Dsp.Tests;

public sealed class AudioLevelTests
{
    private static float[] Sine(int samples, double amplitude, double hz = 440, int rate = 16000) =>
        Enumerable.Range(0, samples).Select(i => (float)(amplitude * Math.Sin(2 * Math.PI * hz * i / rate))).ToArray();

    [Fact]
    public void A_full_scale_sine_is_minus_three_dBFS_and_a_square_is_zero()
    {
        Assert.Equal(-3.0103, AudioLevel.LoudestWindowDbfs(Sine(16000, 1.0), 1600), 3);
        Assert.Equal(0.0, AudioLevel.LoudestWindowDbfs(Enumerable.Repeat(1f, 3200).ToArray(), 1600), 9);
    }

    [Fact]
    public void The_loudest_window_counts_not_the_average()
    {
        var pcm = new float[32000];
        Sine(1600, 0.1).CopyTo(pcm, 12000); // 100 ms at 0.1 in two seconds of silence
        Assert.Equal(20 * Math.Log10(0.1 / Math.Sqrt(2)), AudioLevel.LoudestWindowDbfs(pcm, 1600), 2);
    }

    [Fact]
    public void Digital_silence_is_minus_infinity()
    {
        Assert.Equal(double.NegativeInfinity, AudioLevel.LoudestWindowDbfs(new float[16000], 1600));
        Assert.Equal(double.NegativeInfinity, AudioLevel.LoudestWindowDbfs([], 1600));
        Assert.Equal(20 * Math.Log10(1e-4 / Math.Sqrt(2)), AudioLevel.LoudestWindowDbfs(Sine(800, 1e-4), 1600), 2); // shorter than the window
    }
}
