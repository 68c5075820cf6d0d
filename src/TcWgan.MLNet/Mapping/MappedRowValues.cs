namespace TcWgan.MLNet.Mapping;

/// <summary>Turns a mapper's per-row output values into typed ML.NET getters.</summary>
internal static class MappedRowValues
{
    /// <summary>
    /// A getter for output column <paramref name="output"/> reading the current row's values from
    /// <paramref name="current"/>.
    /// </summary>
    public static ValueGetter<TValue> Getter<TValue>(OutputColumn output, int index, Func<object[]> current)
    {
        if (output.Type is KeyDataViewType)
        {
            if (typeof(TValue) != typeof(uint)) throw WrongType<TValue>(output);
            ValueGetter<uint> key = (ref uint value) => value = (uint)current()[index];
            return (ValueGetter<TValue>)(Delegate)key;
        }
        if (typeof(TValue) != typeof(VBuffer<float>)) throw WrongType<TValue>(output);
        ValueGetter<VBuffer<float>> vector = (ref VBuffer<float> value) =>
        {
            var source = (float[])current()[index];
            var editor = VBufferEditor.Create(ref value, source.Length);
            source.AsSpan().CopyTo(editor.Values);
            value = editor.Commit();
        };
        return (ValueGetter<TValue>)(Delegate)vector;
    }

    private static InvalidOperationException WrongType<TValue>(OutputColumn output) => new(
        $"Column '{output.Name}' holds {output.Type}; a getter of {typeof(TValue).Name} was requested.");
}
