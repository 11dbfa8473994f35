using System.Text.Json;
using Khabar.Model;

namespace Khabar.Bench.Dedup;

/// <summary>
/// Records of the shared news sets mapped straight onto articles (title, lead, paragraphs, category), without the
/// pipeline: dedup reads only the text, and the bench should measure dedup, not extraction or NER.
/// </summary>
internal static class NewsSets
{
    public static string Folder(string root) => Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "news"));

    /// <summary>ISNA's 7,500 articles in five categories.</summary>
    public static List<(string Category, Article Article)> Isna(string root) =>
        File.ReadLines(Path.Combine(Folder(root), "isna-5cat", "isna_5cat.jsonl")).Select(line =>
        {
            var r = JsonDocument.Parse(line).RootElement;
            var body = r.GetProperty("body").GetString() ?? "";
            return (r.GetProperty("category").GetString()!, new Article
            {
                Source = r.GetProperty("file").GetString()!,
                SourceId = r.GetProperty("file").GetString(),
                Title = r.GetProperty("title").GetString(),
                Agency = "ایسنا",
                Paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            });
        }).ToList();

    /// <summary>The records of a langml set (Fars or Varzesh3): JSON arrays of title, abstract, paragraphs, link.</summary>
    public static List<Article> LangMl(string root, string set)
    {
        var articles = new List<Article>();
        foreach (var file in Directory.GetFiles(Path.Combine(Folder(root), set), "*.json").Order())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var r in document.RootElement.EnumerateArray())
            {
                articles.Add(new Article
                {
                    Source = file,
                    SourceId = r.GetProperty("link").GetString(),
                    Title = r.GetProperty("title").GetString(),
                    Lead = r.TryGetProperty("abstract", out var a) ? a.GetString() : null,
                    Paragraphs = r.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString() ?? "").ToList(),
                });
            }
        }

        return articles;
    }
}
