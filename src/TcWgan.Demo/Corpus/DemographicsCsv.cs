using System.Globalization;
using System.Text;

namespace TcWgan.Demo;

/// <summary>Writes CREMA-D's <c>VideoDemographics.csv</c> (ActorID,Age,Sex,Race,Ethnicity; quoted text as in the original).</summary>
public static class DemographicsCsv
{
    /// <summary>The file's text for <paramref name="actors"/>.</summary>
    public static string Format(IEnumerable<ActorProfile> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var sb = new StringBuilder("\"ActorID\",\"Age\",\"Sex\",\"Race\",\"Ethnicity\"\n");
        foreach (var a in actors)
            sb.Append(CultureInfo.InvariantCulture, $"{a.Number},{a.Age},\"{(a.Sex == Sex.Male ? "Male" : "Female")}\",\"{a.Race}\",\"{a.Ethnicity}\"\n");
        return sb.ToString();
    }

    /// <summary>Writes the table to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<ActorProfile> actors) =>
        File.WriteAllText(path, Format(actors), new UTF8Encoding(false));
}
