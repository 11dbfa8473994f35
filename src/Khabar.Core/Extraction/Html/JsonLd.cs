using System.Text.Json;
using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>The fields Khabar reads from a JSON-LD <c>NewsArticle</c> (or Article, ReportageNewsArticle, …).</summary>
internal sealed record JsonLdArticle(
    string? Headline, string? Published, string? Section, IReadOnlyList<string> Keywords, string? Description,
    string? Url, string? Publisher, string? Author);

/// <summary>Finds the article object among a page's JSON-LD scripts; broken JSON is ignored, never fatal.</summary>
internal static class JsonLd
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The first article object, or null.</summary>
    public static JsonLdArticle? FindArticle(PageIndex index)
    {
        foreach (var script in index.JsonLd)
        {
            try
            {
                using var json = JsonDocument.Parse(Nodes.Text(script), Options);
                if (Find(json.RootElement, 0) is { } found)
                {
                    return Read(found);
                }
            }
            catch (JsonException)
            {
                // Pages ship JSON-LD with stray commas and unescaped quotes; the other sources still count.
            }
        }

        return null;
    }

    private static JsonElement? Find(JsonElement element, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(e => Find(e, depth + 1)).FirstOrDefault(e => e is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticleType(element))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? Find(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(Text) : [Text(type)];
        return names.Any(n => n is not null && (n.EndsWith("Article", StringComparison.Ordinal) || n == "BlogPosting"));
    }

    private static JsonLdArticle Read(JsonElement e) => new(
        String(e, "headline") ?? String(e, "name"),
        String(e, "datePublished") ?? String(e, "dateCreated"),
        String(e, "articleSection"),
        Keywords(e),
        String(e, "description"),
        String(e, "url") ?? String(e, "mainEntityOfPage"),
        String(e, "publisher"),
        String(e, "author"));

    // A property that is a string, the first string of an array, or an object's "name" / "@id".
    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? Text(value) : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s.Trim() : null,
        JsonValueKind.Array => value.EnumerateArray().Select(Text).FirstOrDefault(s => s is not null),
        JsonValueKind.Object => String(value, "name") ?? String(value, "@id"),
        _ => null,
    };

    private static IReadOnlyList<string> Keywords(JsonElement e)
    {
        if (!e.TryGetProperty("keywords", out var value))
        {
            return [];
        }

        var all = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(Text).OfType<string>()
            : (Text(value) ?? "").Split([',', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return all.ToList();
    }
}
