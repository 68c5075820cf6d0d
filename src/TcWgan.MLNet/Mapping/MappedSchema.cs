namespace TcWgan.MLNet.Mapping;

/// <summary>
/// Builds output schemas and schema shapes of input plus added columns with public ML.NET API only.
/// <para>
/// <see cref="SchemaShape.Column"/>'s constructor is internal, so shapes of added columns come from ML.NET's own public
/// <c>CustomMapping</c> estimator: for each added column, a mapping to a one-member class whose schema definition carries
/// the column's name, type and annotations; its <c>GetOutputSchema</c> returns the input shape plus that column. Nothing
/// here depends on ML.NET internals, so an ML.NET upgrade cannot break the catalog calls or the schema checks.
/// </para>
/// </summary>
internal static class MappedSchema
{
    private static readonly MLContext Private = new(seed: 0);

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
        var shape = input;
        foreach (var output in outputs) shape = Add(shape, output);
        return shape;
    }

    /// <summary>The shape of <paramref name="schema"/>'s visible columns, as ML.NET itself would make it.</summary>
    public static SchemaShape ShapeOf(DataViewSchema schema) =>
        Build(new SchemaShape([]), schema.Where(c => !c.IsHidden).Select(c => new OutputColumn(c.Name, c.Type, c.Annotations)).ToList());

    private static SchemaShape Add(SchemaShape shape, OutputColumn column)
    {
        DataViewType item = column.Type is VectorDataViewType vector ? vector.ItemType : column.Type;
        bool isVector = column.Type is VectorDataViewType;
        return (item, isVector) switch
        {
            (NumberDataViewType n, true) when n == NumberDataViewType.Single => Add<float[]>(shape, column),
            (NumberDataViewType n, true) when n == NumberDataViewType.Double => Add<double[]>(shape, column),
            (TextDataViewType, true) => Add<ReadOnlyMemory<char>[]>(shape, column),
            (KeyDataViewType, false) => Add<uint>(shape, column),
            (TextDataViewType, false) => Add<ReadOnlyMemory<char>>(shape, column),
            (BooleanDataViewType, false) => Add<bool>(shape, column),
            (NumberDataViewType n, false) when n == NumberDataViewType.Single => Add<float>(shape, column),
            (NumberDataViewType n, false) when n == NumberDataViewType.Double => Add<double>(shape, column),
            (NumberDataViewType n, false) when n == NumberDataViewType.Int32 => Add<int>(shape, column),
            (NumberDataViewType n, false) when n == NumberDataViewType.Int64 => Add<long>(shape, column),
            (NumberDataViewType n, false) when n == NumberDataViewType.UInt32 => Add<uint>(shape, column),
            _ => throw new NotSupportedException($"Column '{column.Name}' of type {column.Type} cannot be described as a shape."),
        };
    }

    private static SchemaShape Add<T>(SchemaShape shape, OutputColumn column)
    {
        var definition = SchemaDefinition.Create(typeof(One<T>));
        var member = definition[nameof(One<T>.Value)];
        member.ColumnName = column.Name;
        member.ColumnType = column.Type;
        if (column.Annotations is { } annotations)
            foreach (var annotation in annotations.Schema)
                if (annotation.Type is VectorDataViewType { ItemType: TextDataViewType } names)
                {
                    VBuffer<ReadOnlyMemory<char>> values = default;
                    annotations.GetGetter<VBuffer<ReadOnlyMemory<char>>>(annotation)(ref values);
                    member.AddAnnotation(annotation.Name, values, names);
                }
        return Private.Transforms.CustomMapping<None, One<T>>((_, _) => { }, contractName: null, outputSchemaDefinition: definition)
            .GetOutputSchema(shape);
    }

    /// <summary>The last column named <paramref name="name"/> in <paramref name="shape"/>, if any.</summary>
    public static bool TryFind(SchemaShape shape, string name, out SchemaShape.Column column)
    {
        column = default;
        bool found = false;
        foreach (var c in shape)
            if (c.Name == name) { column = c; found = true; }
        return found;
    }

    /// <summary>A mapping input with no columns (the shape is only being described).</summary>
    internal sealed class None;

    /// <summary>A mapping output with one column.</summary>
    internal sealed class One<T>
    {
        public T Value { get; set; } = default!;
    }
}
