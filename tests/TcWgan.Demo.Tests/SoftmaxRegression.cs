namespace TcWgan.Demo.Tests;

/// <summary>Multinomial logistic regression on standardised features, full-batch gradient descent with L2.</summary>
internal static class SoftmaxRegression
{
    public static (double Accuracy, int[,] Confusion) TrainAndTest(IReadOnlyList<double[]> xs, IReadOnlyList<int> ys,
        IReadOnlyList<bool> isTrain, int classes, int iterations = 400, double rate = 0.5, double l2 = 0.01)
    {
        int d = xs[0].Length;
        var train = Enumerable.Range(0, xs.Count).Where(i => isTrain[i]).ToArray();
        var test = Enumerable.Range(0, xs.Count).Where(i => !isTrain[i]).ToArray();
        var mu = new double[d];
        var sd = new double[d];
        for (int j = 0; j < d; j++)
        {
            mu[j] = train.Average(i => xs[i][j]);
            sd[j] = Math.Sqrt(train.Average(i => (xs[i][j] - mu[j]) * (xs[i][j] - mu[j]))) + 1e-9;
        }
        var z = xs.Select(x => x.Select((v, j) => (v - mu[j]) / sd[j]).ToArray()).ToArray();
        var w = new double[classes, d + 1]; // last column = bias
        var p = new double[classes];
        for (int it = 0; it < iterations; it++)
        {
            var g = new double[classes, d + 1];
            foreach (int i in train)
            {
                Probabilities(w, z[i], p);
                for (int k = 0; k < classes; k++)
                {
                    double err = p[k] - (ys[i] == k ? 1 : 0);
                    for (int j = 0; j < d; j++) g[k, j] += err * z[i][j];
                    g[k, d] += err;
                }
            }
            for (int k = 0; k < classes; k++)
                for (int j = 0; j <= d; j++)
                    w[k, j] -= rate * (g[k, j] / train.Length + (j < d ? l2 * w[k, j] : 0));
        }
        var confusion = new int[classes, classes];
        int correct = 0;
        foreach (int i in test)
        {
            Probabilities(w, z[i], p);
            int best = Array.IndexOf(p, p.Max());
            confusion[ys[i], best]++;
            if (best == ys[i]) correct++;
        }
        return ((double)correct / test.Length, confusion);
    }

    private static void Probabilities(double[,] w, double[] x, double[] p)
    {
        int classes = p.Length, d = x.Length;
        for (int k = 0; k < classes; k++)
        {
            double l = w[k, d];
            for (int j = 0; j < d; j++) l += w[k, j] * x[j];
            p[k] = l;
        }
        double max = p.Max(), sum = 0;
        for (int k = 0; k < classes; k++) { p[k] = Math.Exp(p[k] - max); sum += p[k]; }
        for (int k = 0; k < classes; k++) p[k] /= sum;
    }
}
