using System.Text.Json;
using Microsoft.ML;
using TcWgan.MLNet.Tests.Augmentation;
using TcWgan.MLNet.Tests.Support;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.Schemas;

/// <summary>data-schemas/stages.schema.json against the stages' real schemas.</summary>
public class StageSchemaTests(TinyGanFixture gan) : IClassFixture<TinyGanFixture>
{
    private static readonly JsonElement Document =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "data-schemas", "stages.schema.json"))).RootElement;

    /// <summary>The documented ML.NET type of a column (following a $ref into $defs).</summary>
    private static string Documented(JsonElement column)
    {
        if (column.TryGetProperty("$ref", out var reference))
        {
            string name = reference.GetString()!.Split('/')[^1];
            column = Document.GetProperty("$defs").GetProperty(name);
        }
        return column.GetProperty("x-mlnet-type").GetString()!;
    }

    private static IEnumerable<(string Column, string Type)> Columns(string stage, string side) =>
        Document.GetProperty("x-stages").GetProperty(stage).GetProperty(side).EnumerateObject()
            .Select(p => (p.Name, Documented(p.Value)));

    private static void AssertMatches(string stage, DataViewSchema input, DataViewSchema output)
    {
        foreach (var (column, type) in Columns(stage, "inputs"))
            Assert.Equal((stage, column, type), (stage, column, input[column].Type.ToString()));
        foreach (var (column, type) in Columns(stage, "outputs"))
            Assert.Equal((stage, column, type), (stage, column, output[column].Type.ToString()));
    }

    [Fact]
    public void EveryStageIsDocumented()
    {
        var stages = Document.GetProperty("x-stages").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(["AugmentAudioFromFace", "FuseGenerated", "LoadFaceWindows", "LoadSpectrogram", "SpectrogramCnn"], stages.Order());
    }

    [Fact]
    public void MediaStagesMatchTheSchema()
    {
        var ml = new MLContext(seed: 1);
        var paths = MlTestData.Paths(ml, "a.flv");
        AssertMatches("LoadFaceWindows", paths.Schema, ml.Transforms.LoadFaceWindows().Fit(paths).GetOutputSchema(paths.Schema));
        AssertMatches("LoadSpectrogram", paths.Schema, ml.Transforms.LoadSpectrogram().Fit(paths).GetOutputSchema(paths.Schema));
    }

    [Fact]
    public void AugmentationFusionAndClassifierMatchTheSchema()
    {
        AssertMatches("AugmentAudioFromFace", gan.Data.Schema, gan.Model.GetOutputSchema(gan.Data.Schema));
        var fused = gan.Ml.Data.FuseGenerated(gan.Data, gan.Model, new FusionOptions { GeneratedPerClass = 0 });
        AssertMatches("FuseGenerated", gan.Data.Schema, fused.Schema);

        var keyed = gan.Ml.Transforms.Conversion.MapValueToKey("Label").Fit(gan.Data).Transform(gan.Data);
        using var cnn = gan.Ml.MulticlassClassification.Trainers.SpectrogramCnn(SyntheticRows.TinyCnn()).Fit(keyed);
        AssertMatches("SpectrogramCnn", keyed.Schema, cnn.GetOutputSchema(keyed.Schema));
    }
}
