using Microsoft.ML;
using Microsoft.ML.Data;
using TcWgan.MLNet.Persistence;

namespace TcWgan.MLNet.Mapping;

/// <summary>Builds output schemas (and schema shapes) of input plus added columns, using only public ML.NET API.</summary>
internal static class MappedSchema
{
    /// <summary>The input columns followed by <paramref name="outputs"/> (an output hides an input of the same name).</summary>
    public static DataViewSchema Build(DataViewSchema input, IReadOnlyList<OutputColumn> outputs)
    {
        var builder = new DataViewSchema.Builder();
        builder.AddColumns(input);
        foreach (var o in outputs) builder.AddColumn(o.Name, o.Type, o.Annotations);
        return builder.ToSchema();
    }

    /// <summary>The shape of <paramref name="input"/> with <paramref name="outputs"/> added or replacing same-named columns.</summary>
    public static SchemaShape Build(SchemaShape input, IReadOnlyList<OutputColumn> outputs)
    {
        var names = outputs.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var added = outputs.Select(o => ShapeColumn(o.Name, o.Type, o.Annotations?.Schema));
        return new SchemaShape(input.Where(c => !names.Contains(c.Name)).Concat(added));
    }

    /// <summary>
    /// The shape of <paramref name="schema"/>'s visible columns, as ML.NET's internal <c>SchemaShape.Create</c> makes it
    /// (used by tests to compare estimator and transformer schemas).
    /// </summary>
    public static SchemaShape ShapeOf(DataViewSchema schema) =>
        new(schema.Where(c => !c.IsHidden).Select(c => ShapeColumn(c.Name, c.Type, c.Annotations.Schema)));

    /// <summary>The shape column of one schema column.</summary>
    public static SchemaShape.Column ShapeColumn(string name, DataViewType type, DataViewSchema? annotations)
    {
        var kind = type is VectorDataViewType v
            ? v.IsKnownSize ? SchemaShape.Column.VectorKind.Vector : SchemaShape.Column.VectorKind.VariableVector
            : SchemaShape.Column.VectorKind.Scalar;
        DataViewType item = type is VectorDataViewType vector ? vector.ItemType : type;
        SchemaShape? annotationShape = annotations is null || annotations.Count == 0 ? null : ShapeOf(annotations);
        // A key column's shape carries its raw type with IsKey set, as ML.NET's SchemaShape.Create does.
        bool isKey = item is KeyDataViewType;
        if (item is KeyDataViewType key) item = RawKeyType(key.RawType);
        return MLNetInternals.Resolve().NewShapeColumn(name, kind, item, isKey, annotationShape);
    }

    private static DataViewType RawKeyType(Type raw) =>
        raw == typeof(byte) ? NumberDataViewType.Byte
        : raw == typeof(ushort) ? NumberDataViewType.UInt16
        : raw == typeof(ulong) ? NumberDataViewType.UInt64
        : NumberDataViewType.UInt32;

    /// <summary>The last column named <paramref name="name"/> in <paramref name="shape"/>, if any.</summary>
    public static bool TryFind(SchemaShape shape, string name, out SchemaShape.Column column)
    {
        column = default;
        bool found = false;
        foreach (var c in shape)
            if (c.Name == name) { column = c; found = true; }
        return found;
    }
}
