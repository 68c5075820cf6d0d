using Microsoft.ML;
using Microsoft.ML.Data;
using TcWgan.MLNet;

// Usage: LoadProbe <model.zip> <input.idv> <column> <output.bin>
// Loads the model in this fresh process, transforms the binary-saved input and writes the column's values:
// per row, int32 length then the floats (little-endian).
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: LoadProbe <model.zip> <input.idv> <column> <output.bin>");
    return 2;
}
var ml = new MLContext(seed: 1);
TcWganMLNet.Register(ml);
ITransformer model = ml.Model.Load(args[0], out _);
IDataView input = ml.Data.LoadFromBinary(args[1]);
IDataView output = model.Transform(input);
var column = output.Schema[args[2]];
using var writer = new BinaryWriter(File.Create(args[3]));
using var cursor = output.GetRowCursor([column]);
var getter = cursor.GetGetter<VBuffer<float>>(column);
VBuffer<float> value = default;
while (cursor.MoveNext())
{
    getter(ref value);
    var dense = value.DenseValues().ToArray();
    writer.Write(dense.Length);
    foreach (float f in dense) writer.Write(f);
}
return 0;
