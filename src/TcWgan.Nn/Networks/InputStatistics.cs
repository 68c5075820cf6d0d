namespace TcWgan.Nn;

/// <summary>Per (channel, mel band) mean and standard deviation of spectrogram images, over images and frames.</summary>
internal static class InputStatistics
{
    /// <summary>Means and sds, 3 · 28 values each, channel-major, of flat (3, 28, 112) images.</summary>
    public static (float[] Mean, float[] Sd) Of(IEnumerable<float[]> spectrograms)
    {
        const int rows = Shapes.Channels * Shapes.MelBands, frames = Shapes.SpecFrames;
        var sum = new double[rows];
        var squares = new double[rows];
        long count = 0;
        foreach (var image in spectrograms)
        {
            for (int r = 0; r < rows; r++)
                foreach (float v in image.AsSpan(r * frames, frames))
                {
                    sum[r] += v;
                    squares[r] += (double)v * v;
                }
            count += frames;
        }
        var mean = new float[rows];
        var sd = new float[rows];
        for (int r = 0; r < rows && count > 0; r++)
        {
            double m = sum[r] / count;
            mean[r] = (float)m;
            sd[r] = (float)Math.Sqrt(Math.Max(0, squares[r] / count - m * m));
        }
        if (count == 0) Array.Fill(sd, 1f);
        return (mean, sd);
    }
}
