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
    public static float[] Regression(ReadOnlySpan<float> matrix, int rows, int cols, int width) =>
        Regression(matrix, rows, cols, width, 0, cols);

    /// <summary>
    /// Δ over the columns [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) only, edges of
    /// that span replicated, 0 outside it: an utterance between silent margins gets no spurious onset at its edges.
    /// </summary>
    public static float[] Regression(ReadOnlySpan<float> matrix, int rows, int cols, int width, int first, int count)
    {
        if (first < 0 || count < 0 || first + count > cols)
            throw new ArgumentOutOfRangeException(nameof(first), $"Span [{first}, {first + count}) is outside 0..{cols}.");
        if (rows < 1 || cols < 1) throw new ArgumentException($"Shape ({rows}, {cols}) must be positive.");
        if (matrix.Length != rows * cols) throw new ArgumentException($"Matrix holds {matrix.Length} values, shape ({rows}, {cols}) needs {rows * cols}.");
        if (width < 1) throw new ArgumentOutOfRangeException(nameof(width), width, "Delta width N must be at least 1.");
        double denominator = 0;
        for (int n = 1; n <= width; n++) denominator += 2.0 * n * n;
        var result = new float[rows * cols];
        if (count == 0) return result;
        int last = first + count - 1;
        for (int r = 0; r < rows; r++)
        {
            var row = matrix.Slice(r * cols, cols);
            for (int t = first; t <= last; t++)
            {
                double s = 0;
                for (int n = 1; n <= width; n++)
                    s += n * ((double)row[Math.Min(last, t + n)] - row[Math.Max(first, t - n)]);
                result[r * cols + t] = (float)(s / denominator);
            }
        }
        return result;
    }
}
