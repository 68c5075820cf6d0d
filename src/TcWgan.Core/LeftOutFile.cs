namespace TcWgan;

/// <summary>A file left out on purpose: its path, the rule and a human message.</summary>
public sealed record LeftOutFile(string Path, LeaveOutRule Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Rule}: {Message}";
}
