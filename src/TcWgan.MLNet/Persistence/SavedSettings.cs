using System.Text.Json;

namespace TcWgan.MLNet.Persistence;

/// <summary>
/// Reading a transformer's saved settings and weights back with one kind of error: an <see cref="InvalidDataException"/>
/// that names the stage and what is wrong, whether the JSON is unreadable, a value is out of range or the weights are
/// damaged, so a bad .zip never reaches libtorch or fails later in the middle of a cursor.
/// </summary>
internal static class SavedSettings
{
    /// <summary>The settings JSON of <paramref name="payload"/> as <typeparamref name="T"/>.</summary>
    public static T Read<T>(ModelPayload payload, string kind) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(payload.OptionsJson)
                   ?? throw new InvalidDataException($"TcWgan.MLNet {kind} entry has empty options.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"TcWgan.MLNet {kind} entry: its saved options are not valid ({e.Message}).", e);
        }
    }

    /// <summary>Throws when <paramref name="errors"/> is not empty.</summary>
    public static void Check(string kind, IReadOnlyList<string> errors)
    {
        if (errors.Count > 0)
            throw new InvalidDataException($"TcWgan.MLNet {kind} entry has invalid saved options: {string.Join(" ", errors)}");
    }

    /// <summary>Loads weights, turning a <see cref="ContainerFormatException"/> into the stage's error.</summary>
    public static T Weights<T>(string kind, Func<T> load)
    {
        try
        {
            return load();
        }
        catch (ContainerFormatException e)
        {
            throw new InvalidDataException($"TcWgan.MLNet {kind} entry: its weights cannot be read ({e.Message}).", e);
        }
    }
}
