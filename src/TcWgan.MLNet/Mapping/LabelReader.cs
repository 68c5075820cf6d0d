namespace TcWgan.MLNet.Mapping;

/// <summary>
/// Reads an emotion class index (0..5, see <see cref="Emotion"/>) from a label column of text (an emotion name), key
/// (through its key-value names when present, else key − 1) or numeric (the index itself) type; −1 when missing or unknown.
/// </summary>
internal static class LabelReader
{
    /// <summary>Reads a key of any raw type as a 1-based uint (0 = missing).</summary>
    public static Func<uint> Key(DataViewRow row, DataViewSchema.Column column)
    {
        var raw = ((KeyDataViewType)column.Type).RawType;
        if (raw == typeof(uint)) { var g = row.GetGetter<uint>(column); return () => { uint v = 0; g(ref v); return v; }; }
        if (raw == typeof(byte)) { var g = row.GetGetter<byte>(column); return () => { byte v = 0; g(ref v); return v; }; }
        if (raw == typeof(ushort)) { var g = row.GetGetter<ushort>(column); return () => { ushort v = 0; g(ref v); return v; }; }
        if (raw == typeof(ulong)) { var g = row.GetGetter<ulong>(column); return () => { ulong v = 0; g(ref v); return v > uint.MaxValue ? 0 : (uint)v; }; }
        throw new ArgumentOutOfRangeException(column.Name, $"Key column '{column.Name}' has raw type {raw.Name}; expected an unsigned integer.");
    }

    /// <summary>A function returning the current row's class index, or −1.</summary>
    public static Func<int> Create(DataViewRow row, DataViewSchema.Column column)
    {
        switch (column.Type)
        {
            case TextDataViewType:
            {
                var get = row.GetGetter<ReadOnlyMemory<char>>(column);
                return () =>
                {
                    ReadOnlyMemory<char> v = default;
                    get(ref v);
                    return Emotions.TryParse(v.ToString(), out var e) ? (int)e : -1;
                };
            }
            case KeyDataViewType key:
            {
                var get = Key(row, column);
                int[] map = KeyToEmotion(column, key);
                return () =>
                {
                    uint v = get();
                    return v == 0 || v > map.Length ? -1 : map[v - 1];
                };
            }
            case NumberDataViewType n when n == NumberDataViewType.Single:
                return Numeric<float>(row, column, v => v);
            case NumberDataViewType n when n == NumberDataViewType.Double:
                return Numeric<double>(row, column, v => v);
            case NumberDataViewType n when n == NumberDataViewType.Int32:
                return Numeric<int>(row, column, v => v);
            case NumberDataViewType n when n == NumberDataViewType.Int64:
                return Numeric<long>(row, column, v => v);
            case NumberDataViewType n when n == NumberDataViewType.UInt32:
                return Numeric<uint>(row, column, v => v);
            default:
                throw new ArgumentOutOfRangeException(column.Name,
                    $"Label column '{column.Name}' has the wrong type: expected String, Key or a numeric class index, actual {column.Type}.");
        }
    }

    /// <summary>Maps each key value (1-based) to an emotion index using the column's key-value names when present.</summary>
    public static int[] KeyToEmotion(DataViewSchema.Column column, KeyDataViewType key)
    {
        int count = (int)key.Count;
        var map = new int[count];
        for (int i = 0; i < count; i++) map[i] = i < Emotions.Count ? i : -1;
        if (column.Annotations.Schema.GetColumnOrNull("KeyValues") is { Type: VectorDataViewType { ItemType: TextDataViewType } })
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            column.GetKeyValues(ref names);
            int i = 0;
            foreach (var name in names.DenseValues())
            {
                if (i < count) map[i] = Emotions.TryParse(name.ToString(), out var e) ? (int)e : -1;
                i++;
            }
        }
        return map;
    }

    private static Func<int> Numeric<T>(DataViewRow row, DataViewSchema.Column column, Func<T, double> toDouble)
    {
        var get = row.GetGetter<T>(column);
        return () =>
        {
            T v = default!;
            get(ref v);
            double d = toDouble(v);
            return double.IsNaN(d) || d < 0 || d >= Emotions.Count || d != Math.Floor(d) ? -1 : (int)d;
        };
    }
}
