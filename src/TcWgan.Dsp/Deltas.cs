namespace TcWgan.Dsp;

/// <summary>Regression deltas along time: d_t = Σₙ₌₁ᴺ n·(c_{t+n} − c_{t−n}) / (2·Σₙ₌₁ᴺ n²), edges replicated.</summary>
public static class Deltas
{
    /// <summary>
    /// Δ of a row-major (rows, cols) matrix along the columns (time); returns a new (rows, cols) matrix.
    /// </summary>
    /// <param name="matrix">Values, shape (rows, cols), row-major.</param>
    /// <param name="rows">Rows (e.g. mel bands).</param>
    /// <param name="cols">Columns (frames).</param>
    /// <param name="width">Half-width N ≥ 1.</param>
    public static float[] Regression(ReadOnlySpan<float> matrix, int rows, int cols, int width)
    {
        if (rows < 1 || cols < 1) throw new ArgumentException($"Shape ({rows}, {cols}) must be positive.");
        if (matrix.Length != rows * cols) throw new ArgumentException($"Matrix holds {matrix.Length} values, shape ({rows}, {cols}) needs {rows * cols}.");
        if (width < 1) throw new ArgumentOutOfRangeException(nameof(width), width, "Delta width N must be at least 1.");
        double denominator = 0;
        for (int n = 1; n <= width; n++) denominator += 2.0 * n * n;
        var result = new float[rows * cols];
        for (int r = 0; r < rows; r++)
        {
            var row = matrix.Slice(r * cols, cols);
            for (int t = 0; t < cols; t++)
            {
                double s = 0;
                for (int n = 1; n <= width; n++)
                    s += n * ((double)row[Math.Min(cols - 1, t + n)] - row[Math.Max(0, t - n)]);
                result[r * cols + t] = (float)(s / denominator);
            }
        }
        return result;
    }
}
