using System.Text.Json;
using Khabar.Model;
using Khabar.Testing;

namespace Khabar.Archive.Tests.Dedup;

/// <summary>Real ISNA articles from the shared data set (isna-5cat), as articles with an agency and a date.</summary>
internal static class IsnaArticles
{
    /// <summary>The first <paramref name="count"/> articles of a category with at least 4 paragraphs.</summary>
    public static List<Article> Take(string category, int count)
    {
        var path = Repo.Shared("data", "news", "isna-5cat", "isna_5cat.jsonl");
        var articles = new List<Article>();
        foreach (var line in File.ReadLines(path))
        {
            var record = JsonDocument.Parse(line).RootElement;
            if (record.GetProperty("category").GetString() != category)
            {
                continue;
            }

            var paragraphs = record.GetProperty("body").GetString()!
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (paragraphs.Length < 4)
            {
                continue;
            }

            articles.Add(new Article
            {
                Source = record.GetProperty("file").GetString()!,
                Title = record.GetProperty("title").GetString(),
                Paragraphs = ["به گزارش خبرگزاری دانشجویان ایران (ایسنا)، " + paragraphs[0], .. paragraphs[1..]],
                Agency = "ایسنا",
                Published = new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(3.5)).AddHours(articles.Count),
            });
            if (articles.Count == count)
            {
                break;
            }
        }

        return articles;
    }
}
