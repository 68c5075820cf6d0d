namespace TcWgan.MLNet.Mapping;

/// <summary>
/// The lazy output of one of our transformers: the input's columns plus the mapper's. Cursors compute added columns
/// only when they are active, in batches of <see cref="RowBatchMapper.BatchSize"/>.
/// </summary>
internal sealed class MappedDataView : IDataView
{
    private readonly IDataView _input;
    private readonly RowBatchMapper _mapper;

    public MappedDataView(IDataView input, RowBatchMapper mapper)
    {
        _input = input;
        _mapper = mapper;
        Schema = MappedSchema.Build(input.Schema, mapper.Outputs);
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _input.GetRowCount();

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null)
    {
        int inputCount = _input.Schema.Count;
        var needed = columnsNeeded.Select(c => c.Index).ToHashSet();
        var passThrough = needed.Where(i => i < inputCount).Select(i => _input.Schema[i]).ToList();
        bool anyOutput = needed.Any(i => i >= inputCount);
        return new MappedCursor(this, _input.GetRowCursor(passThrough), anyOutput ? CreateLookahead() : null, needed);
    }

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];

    private BatchSource CreateLookahead()
    {
        var columns = _mapper.InputColumns.Select(name => _input.Schema[name]).ToList();
        var cursor = _input.GetRowCursor(columns);
        return new BatchSource(cursor, _mapper);
    }

    /// <summary>
    /// A second cursor over the same input, running ahead of the main one by up to one batch: it reads the mapper's
    /// inputs, maps them as a batch and hands the results out row by row. Cursors over the same data visit the same
    /// rows in the same order (an <see cref="IDataView"/> guarantee), so row k of both cursors is the same row.
    /// </summary>
    private sealed class BatchSource(DataViewRowCursor cursor, RowBatchMapper mapper) : IDisposable
    {
        private readonly Func<object> _read = mapper.CreateInputReader(cursor);
        private object[][] _results = [];
        private int _next;

        public object[] Next()
        {
            if (_next >= _results.Length) Fill();
            return _results[_next++];
        }

        private void Fill()
        {
            var inputs = new List<object>(mapper.BatchSize);
            while (inputs.Count < mapper.BatchSize && cursor.MoveNext()) inputs.Add(_read());
            if (inputs.Count == 0)
                throw new InvalidOperationException("The input data view returned fewer rows to a second cursor than to the first.");
            _results = new object[inputs.Count][];
            for (int i = 0; i < _results.Length; i++) _results[i] = new object[mapper.Outputs.Count];
            mapper.Map(inputs, _results);
            _next = 0;
        }

        public void Dispose() => cursor.Dispose();
    }

    private sealed class MappedCursor(MappedDataView view, DataViewRowCursor input, BatchSource? source, HashSet<int> active)
        : DataViewRowCursor
    {
        private object[] _current = [];
        private long _position = -1;

        public override DataViewSchema Schema => view.Schema;

        public override long Position => _position;

        public override long Batch => input.Batch;

        public override bool MoveNext()
        {
            if (!input.MoveNext()) return false;
            _position++;
            if (source is not null) _current = source.Next();
            return true;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() => input.GetIdGetter();

        public override bool IsColumnActive(DataViewSchema.Column column) => active.Contains(column.Index);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            if (!active.Contains(column.Index))
                throw new InvalidOperationException($"Column '{column.Name}' is not active in this cursor.");
            int inputCount = view._input.Schema.Count;
            if (column.Index < inputCount) return input.GetGetter<TValue>(view._input.Schema[column.Index]);
            int j = column.Index - inputCount;
            return MappedRowValues.Getter<TValue>(view._mapper.Outputs[j], j, () => _current);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                input.Dispose();
                source?.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
