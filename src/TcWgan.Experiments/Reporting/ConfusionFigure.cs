using ScottPlot;

namespace TcWgan.Experiments.Reporting;

/// <summary>Confusion matrix heat map (rows: true class, columns: predicted) with ScottPlot.</summary>
public static class ConfusionFigure
{
    /// <summary>Writes a PNG of the row-normalised confusion matrix with counts in the cells.</summary>
    public static void Write(string pngPath, int[][] confusion, string title)
    {
        int n = confusion.Length;
        var normalised = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            double total = Math.Max(1, confusion[i].Sum());
            for (int j = 0; j < n; j++) normalised[i, j] = confusion[i][j] / total;
        }
        var plot = new Plot();
        var heat = plot.Add.Heatmap(normalised);
        heat.Colormap = new ScottPlot.Colormaps.Viridis();
        heat.ManualRange = new ScottPlot.Range(0, 1);
        // Heatmap rows are drawn top to bottom: cell (i, j) is centred at (j, n-1-i).
        for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
        {
            var text = plot.Add.Text(confusion[i][j].ToString(), j, n - 1 - i);
            text.LabelFontColor = normalised[i, j] > 0.5 ? Colors.Black : Colors.White;
            text.LabelAlignment = Alignment.MiddleCenter;
        }
        var ticks = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, Emotions.Names.ToArray());
        plot.Axes.Left.SetTicks(ticks, Emotions.Names.Reverse().ToArray());
        plot.Add.ColorBar(heat);
        plot.Title(title);
        plot.XLabel("predicted");
        plot.YLabel("true");
        plot.SavePng(pngPath, 700, 600);
    }
}
