using Microsoft.ML;
using Microsoft.ML.Data;

namespace TcWgan.MLNet.Mapping;

/// <summary>
/// One column a mapper adds. Values are produced per row as <c>float[]</c> (for a vector of <see cref="float"/>) or
/// <see cref="uint"/> (for a key column).
/// </summary>
/// <param name="Name">Output column name.</param>
/// <param name="Type">A <see cref="VectorDataViewType"/> of <see cref="NumberDataViewType.Single"/> or a <see cref="KeyDataViewType"/>.</param>
/// <param name="Annotations">Annotations to attach (slot names, key values), or null.</param>
internal sealed record OutputColumn(string Name, DataViewType Type, DataViewSchema.Annotations? Annotations = null);
