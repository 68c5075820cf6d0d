namespace TcWgan.MLNet.Mapping;

/// <summary>
/// Input-column checks shared by estimators (<see cref="SchemaShape"/>) and transformers (<see cref="DataViewSchema"/>).
/// Each failure is an <see cref="ArgumentOutOfRangeException"/> whose message names the column, the expected type and
/// the actual type, as ML.NET's own stages report it.
/// </summary>
internal static class ColumnChecks
{
    /// <summary>Requires a known-size vector of <see cref="float"/> with <paramref name="size"/> elements.</summary>
    public static DataViewSchema.Column FloatVector(DataViewSchema schema, string name, int size, string role)
    {
        var column = Find(schema, name, role, $"Vector<Single, {size}>");
        if (column.Type is not VectorDataViewType v || v.ItemType != NumberDataViewType.Single || v.Size != size)
            throw Mismatch(name, role, $"Vector<Single, {size}>", column.Type.ToString() ?? "?");
        return column;
    }

    /// <summary>Requires a text column.</summary>
    public static DataViewSchema.Column Text(DataViewSchema schema, string name, string role)
    {
        var column = Find(schema, name, role, "String");
        if (column.Type is not TextDataViewType) throw Mismatch(name, role, "String", column.Type.ToString() ?? "?");
        return column;
    }

    /// <summary>Requires an emotion label: text (an emotion name), a key, or a numeric class index.</summary>
    public static DataViewSchema.Column Label(DataViewSchema schema, string name, string role)
    {
        var column = Find(schema, name, role, LabelTypes);
        if (!IsLabelType(column.Type)) throw Mismatch(name, role, LabelTypes, column.Type.ToString() ?? "?");
        return column;
    }

    /// <summary>Requires a key column (of any unsigned raw type), as ML.NET's multiclass trainers read labels.</summary>
    public static DataViewSchema.Column Key(DataViewSchema schema, string name, string role)
    {
        var column = Find(schema, name, role, KeyType);
        if (column.Type is not KeyDataViewType) throw Mismatch(name, role, KeyType, column.Type.ToString() ?? "?");
        return column;
    }

    /// <summary>Shape form of <see cref="FloatVector(DataViewSchema,string,int,string)"/> (sizes are checked when known).</summary>
    public static void FloatVector(SchemaShape shape, string name, string role)
    {
        if (!MappedSchema.TryFind(shape, name, out var c)) throw Missing(name, role, "Vector<Single>");
        if (c.Kind != SchemaShape.Column.VectorKind.Vector || c.ItemType != NumberDataViewType.Single || c.IsKey)
            throw Mismatch(name, role, "Vector<Single> of known size", Describe(c));
    }

    /// <summary>Shape form of <see cref="Text(DataViewSchema,string,string)"/>.</summary>
    public static void Text(SchemaShape shape, string name, string role)
    {
        if (!MappedSchema.TryFind(shape, name, out var c)) throw Missing(name, role, "String");
        if (c.Kind != SchemaShape.Column.VectorKind.Scalar || c.ItemType is not TextDataViewType)
            throw Mismatch(name, role, "String", Describe(c));
    }

    /// <summary>Shape form of <see cref="Label(DataViewSchema,string,string)"/>.</summary>
    public static void Label(SchemaShape shape, string name, string role)
    {
        if (!MappedSchema.TryFind(shape, name, out var c)) throw Missing(name, role, LabelTypes);
        bool ok = c.Kind == SchemaShape.Column.VectorKind.Scalar &&
                  (c.IsKey || c.ItemType is TextDataViewType || c.ItemType is NumberDataViewType);
        if (!ok) throw Mismatch(name, role, LabelTypes, Describe(c));
    }

    /// <summary>Shape form of <see cref="Key(DataViewSchema,string,string)"/>.</summary>
    public static SchemaShape.Column Key(SchemaShape shape, string name, string role)
    {
        if (!MappedSchema.TryFind(shape, name, out var c)) throw Missing(name, role, KeyType);
        if (!c.IsKey || c.Kind != SchemaShape.Column.VectorKind.Scalar) throw Mismatch(name, role, KeyType, Describe(c));
        return c;
    }

    private const string KeyType = "Key<UInt32> (e.g. from MapValueToKey)";

    private const string LabelTypes = "String (emotion name), Key<UInt32> or a numeric class index 0..5";

    private static bool IsLabelType(DataViewType t) => t is TextDataViewType or KeyDataViewType or NumberDataViewType;

    private static DataViewSchema.Column Find(DataViewSchema schema, string name, string role, string expected) =>
        schema.GetColumnOrNull(name) is { } column ? column : throw Missing(name, role, expected);

    /// <summary>Readable type of a shape column, e.g. <c>Vector&lt;Single&gt;</c>, <c>Key&lt;UInt32&gt;</c>.</summary>
    public static string Describe(SchemaShape.Column c)
    {
        string item = c.IsKey ? $"Key<{c.ItemType?.RawType.Name}>" : c.ItemType?.ToString() ?? "?";
        return c.Kind switch
        {
            SchemaShape.Column.VectorKind.Vector => $"Vector<{item}>",
            SchemaShape.Column.VectorKind.VariableVector => $"VarVector<{item}>",
            _ => item,
        };
    }

    private static ArgumentOutOfRangeException Missing(string name, string role, string expected) =>
        new(name, $"{role} column '{name}' not found; expected type {expected}, actual: missing.");

    private static ArgumentOutOfRangeException Mismatch(string name, string role, string expected, string actual) =>
        new(name, $"{role} column '{name}' has the wrong type: expected {expected}, actual {actual}.");
}
