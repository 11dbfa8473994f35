using System.Text.Json;

namespace Khabar.Entities.Training;

/// <summary>Unlabeled article text from the shared news sets, for learning word clusters.</summary>
public static class NewsText
{
    /// <summary>Title and body of every article of the ISNA, Fars and Varzesh3 sets, one string per article.</summary>
    public static IEnumerable<string> Read(string dataRoot)
    {
        var news = Path.Combine(dataRoot, "news");
        foreach (var line in File.ReadLines(Path.Combine(news, "isna-5cat", "isna_5cat.jsonl")))
        {
            if (line.Length > 0)
            {
                using var doc = JsonDocument.Parse(line);
                yield return Join(doc.RootElement, "title", "body");
            }
        }

        foreach (var set in new[] { "langml-farsnews", "langml-varzesh3" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(news, set), "*.json").Order(StringComparer.Ordinal))
            {
                using var stream = File.OpenRead(file);
                using var doc = JsonDocument.Parse(stream);
                foreach (var item in doc.RootElement.EnumerateArray())
                {
                    yield return Join(item, "title", "abstract", "paragraphs");
                }
            }
        }
    }

    private static string Join(JsonElement o, params string[] fields)
    {
        var parts = new List<string>();
        foreach (var field in fields)
        {
            if (!o.TryGetProperty(field, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                parts.Add(value.GetString() ?? "");
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                parts.AddRange(value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString() ?? ""));
            }
        }

        return string.Join('\n', parts);
    }
}
