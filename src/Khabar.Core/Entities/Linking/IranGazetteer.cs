using System.Text.Json;

namespace Khabar.Entities.Linking;

/// <summary>Reads Iran's provinces and cities (<c>gazetteers/iran-provinces-cities.json</c>) as seed entities.</summary>
public static class IranGazetteer
{
    /// <summary>One seed per province (<c>ir-province:alborz</c>) and per city (<c>ir-city:karaj</c>).</summary>
    public static IReadOnlyList<SeedEntity> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var seeds = new List<SeedEntity>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var province in doc.RootElement.EnumerateArray())
        {
            var en = province.GetProperty("province-en").GetString() ?? "";
            var fa = province.GetProperty("province-fa").GetString() ?? "";
            seeds.Add(new SeedEntity("ir-province:" + en, "LOC", fa, Title(en), ["استان " + fa]));
            foreach (var city in province.GetProperty("cities").EnumerateArray())
            {
                var cityEn = city.GetProperty("city-en").GetString() ?? "";
                var cityFa = city.GetProperty("city-fa").GetString() ?? "";
                var id = "ir-city:" + cityEn;
                if (cityFa.Length > 0 && ids.Add(id))
                {
                    seeds.Add(new SeedEntity(id, "LOC", cityFa, Title(cityEn), []));
                }
            }
        }

        return seeds;
    }

    private static string Title(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
