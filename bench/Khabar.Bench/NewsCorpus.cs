using System.Text.Json;

namespace Khabar.Bench;

/// <summary>The documents of the shared news sets, as title and body text, one string per article.</summary>
internal static class NewsCorpus
{
    /// <summary>ISNA bodies only (the speed benchmark's input).</summary>
    public static IEnumerable<string> IsnaBodies() =>
        Lines(Paths.Shared("data", "news", "isna-5cat", "isna_5cat.jsonl")).Select(o => Text(o, "body"));

    /// <summary>Every article of every news set, with the name of its set.</summary>
    public static IEnumerable<(string Source, string Text)> All()
    {
        var news = Paths.Shared("data", "news");
        foreach (var o in Lines(Path.Combine(news, "isna-5cat", "isna_5cat.jsonl")))
        {
            yield return ("isna", Text(o, "title", "body"));
        }

        foreach (var (set, name) in new[] { ("langml-farsnews", "fars"), ("langml-varzesh3", "varzesh3") })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(news, set), "*.json").Order(StringComparer.Ordinal))
            {
                foreach (var o in Array(file))
                {
                    yield return (name, Text(o, "title", "abstract", "paragraphs"));
                }
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(news, "mallahyari-farsi-news-rss"), "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var o in Array(file))
            {
                yield return ("rss", Text(o, "title", "summary"));
            }
        }

        foreach (var o in Array(Path.Combine(news, "tabnak-sample", "tabnak_news_test.json")))
        {
            yield return ("tabnak", Text(o, "body"));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(news, "arefee-asriran-fars-raw"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var o in Lines(file))
            {
                yield return ("arefee", Text(o, "title", "rutitr", "subtitle", "body"));
            }
        }
    }

    private static IEnumerable<JsonElement> Lines(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonDocument.Parse(line).RootElement;
            }
        }
    }

    private static IEnumerable<JsonElement> Array(string path)
    {
        using var stream = File.OpenRead(path);
        var root = JsonDocument.Parse(stream).RootElement;
        foreach (var item in root.EnumerateArray())
        {
            yield return item;
        }
    }

    private static string Text(JsonElement o, params string[] fields)
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
                parts.Add(value.GetString()!);
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                parts.AddRange(value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
            }
        }

        return string.Join("\n", parts);
    }
}
