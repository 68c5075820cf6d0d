using Microsoft.ML;
using Microsoft.ML.Data;

namespace TcWgan.MLNet.Tests.Support;

/// <summary>Small helpers to build and read data views in tests.</summary>
internal static class MlTestData
{
    /// <summary>A row with one path column.</summary>
    public sealed class PathRow
    {
        public string AudioPath { get; set; } = "";
        public string VideoPath { get; set; } = "";
    }

    /// <summary>A data view of the given audio paths (VideoPath gets the same value).</summary>
    public static IDataView Paths(MLContext ml, params string[] paths) =>
        ml.Data.LoadFromEnumerable(paths.Select(p => new PathRow { AudioPath = p, VideoPath = p }).ToArray());

    /// <summary>Every row's value of a float vector column, as dense arrays.</summary>
    public static List<float[]> Column(IDataView view, string name)
    {
        var column = view.Schema[name];
        var result = new List<float[]>();
        using var cursor = view.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> value = default;
        while (cursor.MoveNext())
        {
            getter(ref value);
            result.Add(value.DenseValues().ToArray());
        }
        return result;
    }

    /// <summary>Collects warnings written to the context's log.</summary>
    public static List<string> CaptureWarnings(MLContext ml)
    {
        var warnings = new List<string>();
        ml.Log += (_, e) =>
        {
            if (e.Kind == Microsoft.ML.Runtime.ChannelMessageKind.Warning) lock (warnings) warnings.Add(e.Message);
        };
        return warnings;
    }

    /// <summary>Asserts that two shapes hold the same columns (name, kind, item type, key-ness, annotation names).</summary>
    public static void AssertSameShape(SchemaShape expected, SchemaShape actual)
    {
        static string Describe(SchemaShape.Column c) =>
            $"{c.Name}:{c.Kind}:{c.ItemType}:{c.IsKey}:[{string.Join(",", c.Annotations?.Select(a => $"{a.Name}:{a.Kind}:{a.ItemType}") ?? [])}]";
        Assert.Equal(expected.Select(Describe).ToArray(), actual.Select(Describe).ToArray());
    }
}
