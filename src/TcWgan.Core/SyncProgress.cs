namespace TcWgan;

/// <summary>An <see cref="IProgress{T}"/> that calls its handler at once on the reporting thread
/// (the framework's <see cref="Progress{T}"/> posts asynchronously, so counts can arrive out of order).</summary>
public sealed class SyncProgress<T>(Action<T> handler) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => handler(value);
}
