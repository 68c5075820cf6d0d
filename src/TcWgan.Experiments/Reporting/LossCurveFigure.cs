using ScottPlot;

namespace TcWgan.Experiments.Reporting;

/// <summary>One point of a generator's loss history.</summary>
public readonly record struct LossPoint(int Step, double CriticLoss, double GeneratorLoss);

/// <summary>Loss curves per model (critic and generator) with ScottPlot.</summary>
public static class LossCurveFigure
{
    /// <summary>Writes a PNG with one critic and one generator curve per model.</summary>
    public static void Write(string pngPath, IReadOnlyDictionary<string, IReadOnlyList<LossPoint>> historyByModel)
    {
        var plot = new Plot();
        foreach (var (model, history) in historyByModel)
        {
            if (history.Count == 0) continue;
            double[] steps = history.Select(h => (double)h.Step).ToArray();
            var critic = plot.Add.Scatter(steps, history.Select(h => h.CriticLoss).ToArray());
            critic.LegendText = $"{model} critic";
            critic.MarkerSize = 0;
            var generator = plot.Add.Scatter(steps, history.Select(h => h.GeneratorLoss).ToArray());
            generator.LegendText = $"{model} generator";
            generator.MarkerSize = 0;
            generator.LinePattern = LinePattern.Dashed;
        }
        plot.Title("Generator training losses");
        plot.XLabel("step");
        plot.YLabel("loss");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(pngPath, 1000, 600);
    }
}
