namespace TcWgan.Media;

/// <summary>CREMA-D's <c>VideoDemographics.csv</c> (columns ActorID, Age, Sex, Race, Ethnicity): actor → sex.</summary>
public static class CremaDDemographics
{
    /// <summary>File name inside the CREMA-D root.</summary>
    public const string FileName = "VideoDemographics.csv";

    /// <summary>
    /// Actor id → sex from <paramref name="csvPath"/>. Sex values other than Male/Female map to
    /// <see cref="Sex.Unknown"/>. Throws <see cref="InvalidDataException"/> naming the file and column when ActorID
    /// or Sex is missing.
    /// </summary>
    public static IReadOnlyDictionary<string, Sex> Read(string csvPath)
    {
        var table = CsvTable.Read(csvPath);
        int actor = table.IndexOf("ActorID"), sex = table.IndexOf("Sex");
        if (actor < 0) throw new InvalidDataException($"{csvPath}: required column 'ActorID' is missing.");
        if (sex < 0) throw new InvalidDataException($"{csvPath}: required column 'Sex' is missing.");
        var map = new Dictionary<string, Sex>(StringComparer.Ordinal);
        foreach (var (_, fields) in table.Rows)
        {
            string id = CsvTable.Field(fields, actor);
            if (id.Length == 0) continue;
            map[id] = ParseSex(CsvTable.Field(fields, sex)) ?? Sex.Unknown;
        }
        return map;
    }

    /// <summary>Male/M, Female/F (case-insensitive) → sex; empty → Unknown; anything else → null.</summary>
    public static Sex? ParseSex(string text) => text.Trim().ToLowerInvariant() switch
    {
        "male" or "m" => Sex.Male,
        "female" or "f" => Sex.Female,
        "" or "unknown" => Sex.Unknown,
        _ => null,
    };
}
