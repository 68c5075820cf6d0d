namespace TcWgan.Nn;

/// <summary>A saved model or checkpoint is damaged, truncated, of another kind or of an unknown version.</summary>
public sealed class ModelFormatException : IOException
{
    /// <summary>File name or stream description the data came from.</summary>
    public string FileName { get; }

    /// <summary>Creates the error naming <paramref name="source"/>.</summary>
    public ModelFormatException(string source, string reason, Exception? inner = null)
        : base($"{source}: {reason}", inner)
    {
        FileName = source;
    }
}
