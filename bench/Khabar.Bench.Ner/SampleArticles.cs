using System.Text.Json;
using Khabar.Model;

namespace Khabar.Bench.Ner;

/// <summary>A fixed sample of real news articles (ISNA 5-category, every 7th line) as the pipeline sees them.</summary>
internal static class SampleArticles
{
    public static List<Article> Read(string dataRoot, int count)
    {
        var articles = new List<Article>(count);
        var path = Path.Combine(dataRoot, "news", "isna-5cat", "isna_5cat.jsonl");
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            if (line++ % 7 != 0 || text.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(text);
            var title = doc.RootElement.GetProperty("title").GetString();
            var body = doc.RootElement.GetProperty("body").GetString() ?? "";
            var paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            articles.Add(new Article { Source = "isna:" + line, Title = title, Paragraphs = paragraphs });
            if (articles.Count == count)
            {
                break;
            }
        }

        return articles;
    }
}
