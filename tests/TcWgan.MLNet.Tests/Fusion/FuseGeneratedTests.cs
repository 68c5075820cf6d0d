using Microsoft.ML;
using TcWgan.MLNet.Tests.Augmentation;
using TcWgan.MLNet.Tests.Support;

namespace TcWgan.MLNet.Tests.Fusion;

public class FuseGeneratedTests(TinyGanFixture gan) : IClassFixture<TinyGanFixture>
{
    private sealed class FusedRow
    {
        public string Label { get; set; } = "";
        public float[] Spectrogram { get; set; } = [];
        public bool IsGenerated { get; set; }
    }

    private List<FusedRow> Rows(IDataView view) =>
        gan.Ml.Data.CreateEnumerable<FusedRow>(view, reuseRowObject: false).ToList();

    [Fact]
    public void PerClassAddsNRowsOfEachEmotionMarkedGenerated()
    {
        var fused = Rows(gan.Ml.Data.FuseGenerated(gan.Data, gan.Model, new FusionOptions { GeneratedPerClass = 3, Seed = 1 }));
        Assert.Equal(12 + 18, fused.Count);
        Assert.Equal(12, fused.Count(r => !r.IsGenerated));
        Assert.All(fused.Take(12), r => Assert.False(r.IsGenerated));   // real rows first, in order
        foreach (var name in Emotions.Names)
            Assert.Equal(3, fused.Count(r => r.IsGenerated && r.Label == name));
        Assert.Equal(gan.Rows[0].Spectrogram, fused[0].Spectrogram);
        Assert.All(fused, r => Assert.Equal(Shapes.SpectrogramLength, r.Spectrogram.Length));
    }

    [Fact]
    public void RatioSpreadsTheTotalOverClassesAndDropsMissingRealRows()
    {
        var rows = SyntheticRows.Create(12);
        rows[4].Spectrogram[0] = float.NaN;
        var warnings = MlTestData.CaptureWarnings(gan.Ml);
        var real = gan.Ml.Data.LoadFromEnumerable(rows);
        var fused = Rows(gan.Ml.Data.FuseGenerated(real, gan.Model, new FusionOptions { SyntheticToRealRatio = 0.5, Seed = 2 }));
        Assert.Equal(11, fused.Count(r => !r.IsGenerated));
        var generated = fused.Where(r => r.IsGenerated).ToList();
        Assert.Equal(6, generated.Count);                                 // round(0.5 × 11) = 6 → one per class
        Assert.Equal(Emotions.Names.ToArray(), generated.Select(r => r.Label).ToArray());
        Assert.Contains(warnings, w => w.Contains("dropped"));
    }

    [Fact]
    public void SameSeedSameRows()
    {
        var options = new FusionOptions { GeneratedPerClass = 1, Seed = 4 };
        var a = Rows(gan.Ml.Data.FuseGenerated(gan.Data, gan.Model, options));
        var b = Rows(gan.Ml.Data.FuseGenerated(gan.Data, gan.Model, options));
        Assert.Equal(a.Select(r => r.Spectrogram), b.Select(r => r.Spectrogram));
    }

    [Fact]
    public void OptionsNeedExactlyOneCount()
    {
        var e = Assert.Throws<ArgumentException>(() => gan.Ml.Data.FuseGenerated(gan.Data, gan.Model,
            new FusionOptions { GeneratedPerClass = 1, SyntheticToRealRatio = 1 }));
        Assert.Contains("exactly one", e.Message);
        Assert.Equal([2, 2, 1, 1, 1, 1], new FusionOptions { SyntheticToRealRatio = 0.8 }.CountsPerClass(10));
    }
}
