namespace TcWgan.MLNet.Mapping;

/// <summary>
/// Row-at-a-time form of a mapper, used by <see cref="PredictionEngine{TSrc,TDst}"/> and composite mappers:
/// outputs are computed (as a batch of one) the first time a getter is called for a row, then reused.
/// </summary>
internal sealed class MappedRowToRowMapper(DataViewSchema inputSchema, RowBatchMapper mapper) : IRowToRowMapper
{
    public DataViewSchema InputSchema { get; } = inputSchema;

    public DataViewSchema OutputSchema { get; } = MappedSchema.Build(inputSchema, mapper.Outputs);

    public IEnumerable<DataViewSchema.Column> GetDependencies(IEnumerable<DataViewSchema.Column> dependingColumns)
    {
        int inputCount = InputSchema.Count;
        var result = new Dictionary<int, DataViewSchema.Column>();
        foreach (var c in dependingColumns)
        {
            if (c.Index < inputCount) result[c.Index] = InputSchema[c.Index];
            else foreach (var name in mapper.InputColumns) { var col = InputSchema[name]; result[col.Index] = col; }
        }
        return result.Values.OrderBy(c => c.Index).ToList();
    }

    public DataViewRow GetRow(DataViewRow input, IEnumerable<DataViewSchema.Column> activeColumns) =>
        new MappedRow(this, input, activeColumns.Select(c => c.Index).ToHashSet());

    private sealed class MappedRow(MappedRowToRowMapper owner, DataViewRow input, HashSet<int> active) : DataViewRow
    {
        private readonly Func<object>? _read = active.Any(i => i >= owner.InputSchema.Count)
            ? owner.MapperOf.CreateInputReader(input) : null;
        private long _cachedPosition = -1;
        private object[] _cached = [];

        public override DataViewSchema Schema => owner.OutputSchema;

        public override long Position => input.Position;

        public override long Batch => input.Batch;

        public override ValueGetter<DataViewRowId> GetIdGetter() => input.GetIdGetter();

        public override bool IsColumnActive(DataViewSchema.Column column) => active.Contains(column.Index);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            int inputCount = owner.InputSchema.Count;
            if (column.Index < inputCount) return input.GetGetter<TValue>(owner.InputSchema[column.Index]);
            int j = column.Index - inputCount;
            return MappedRowValues.Getter<TValue>(owner.MapperOf.Outputs[j], j, Current);
        }

        private object[] Current()
        {
            if (_cachedPosition == input.Position && _cached.Length > 0) return _cached;
            var outputs = new[] { new object[owner.MapperOf.Outputs.Count] };
            owner.MapperOf.Map([_read!()], outputs);
            _cached = outputs[0];
            _cachedPosition = input.Position;
            return _cached;
        }
    }

    private RowBatchMapper MapperOf => mapper;
}
