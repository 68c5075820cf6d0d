namespace TcWgan;

/// <summary>The one way an options object's list of problems (its <c>Validate()</c>) becomes an exception.</summary>
public static class OptionChecks
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> "Invalid <paramref name="optionsName"/>: problem. problem." naming every
    /// problem, when <paramref name="errors"/> is not empty.
    /// </summary>
    public static void ThrowIfAny(IReadOnlyList<string> errors, string optionsName, string? paramName = null)
    {
        if (errors.Count > 0) throw new ArgumentException($"Invalid {optionsName}: {string.Join(" ", errors)}", paramName);
    }
}
