namespace TcWgan.Data;

/// <summary>
/// What one cache entry holds: an ordered list of sections, each an ordered list of flat float tensors
/// (lengths may differ). The meaning of the sections belongs to the writer (see <see cref="ClipPreprocessor"/>).
/// </summary>
/// <param name="Sections">Sections in order; each array is one flat tensor.</param>
public sealed record TensorEntry(IReadOnlyList<float[][]> Sections)
{
    /// <summary>Total number of floats over all sections.</summary>
    public long FloatCount => Sections.Sum(s => s.Sum(a => (long)a.Length));
}
