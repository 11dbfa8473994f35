using System.Text;
using System.Text.Json;
using Khabar.Archive.Search;
using Khabar.Output;
using Khabar.Persian.Dates;

namespace Khabar.Cli.Commands;

/// <summary>Prints search results for people (numbered, snippets marked) or as JSON Lines.</summary>
internal static class SearchOutput
{
    public static void Human(TextWriter output, SearchResponse response, int offset, bool terminal)
    {
        output.WriteLine($"{response.Total:N0} results");
        var rank = offset;
        foreach (var hit in response.Hits)
        {
            var a = hit.Article;
            var date = a.Published is { } p ? JalaliFormat.Date(p) : "بی‌تاریخ";
            output.WriteLine($"{++rank}. {TerminalText.Safe(a.Title) ?? "(بی‌عنوان)"}");
            output.WriteLine($"   {TerminalText.Safe(a.Agency) ?? "?"} · {date} · id {hit.Id}");
            output.WriteLine($"   {Snippet(hit.Snippet, terminal ? "\u001b[1m" : "[", terminal ? "\u001b[0m" : "]")}");
        }

        foreach (var (field, counts) in response.Facets)
        {
            output.WriteLine($"{field}: " + string.Join(", ", counts.Take(20).Select(c => $"{TerminalText.Safe(c.Value)} ({c.Count:N0})")));
        }

        foreach (var (field, entities) in response.EntityFacets)
        {
            output.WriteLine($"{field}: " + string.Join(", ", entities.Select(e => $"{TerminalText.Safe(e.Name)} ({e.Articles:N0}) [{TerminalText.Safe(e.Id)}]")));
        }
    }

    public static void Json(TextWriter output, SearchResponse response, bool withFacets)
    {
        foreach (var hit in response.Hits)
        {
            output.WriteLine(Line(json =>
            {
                var a = hit.Article;
                json.WriteNumber("id", hit.Id);
                json.WriteString("sourceId", a.SourceId);
                json.WriteNumber("score", Math.Round(hit.Score, 4));
                json.WriteString("title", a.Title);
                json.WriteString("agency", a.Agency);
                json.WriteString("desk", a.Desk);
                json.WriteString("published", a.Published is { } p ? JsonSettings.Iso(p) : null);
                json.WriteString("publishedJalali", a.Published is { } q ? JalaliFormat.Date(q) : null);
                json.WriteString("snippet", Snippet(hit.Snippet, "", ""));
                ArticleJson.WriteArray(json, "matches", hit.Snippet.Where(s => s.Match).Select(s => s.Text).Distinct());
            }));
        }

        if (withFacets)
        {
            output.WriteLine(Line(json =>
            {
                json.WriteNumber("total", response.Total);
                json.WriteStartObject("facets");
                foreach (var (field, counts) in response.Facets)
                {
                    json.WriteStartObject(field);
                    foreach (var c in counts)
                    {
                        json.WriteNumber(c.Value, c.Count);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteStartObject("entityFacets");
                foreach (var (field, entities) in response.EntityFacets)
                {
                    json.WriteStartArray(field);
                    foreach (var e in entities)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", e.Id);
                        json.WriteString("type", e.Type);
                        json.WriteString("name", e.Name);
                        json.WriteNumber("count", e.Articles);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }));
        }
    }

    /// <summary>One compact JSON object written by <paramref name="body"/>.</summary>
    public static string Line(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonSettings.Writer(false)))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Snippet(IReadOnlyList<SnippetPart> parts, string open, string close) =>
        string.Concat(parts.Select(p => p.Match ? open + TerminalText.Safe(p.Text) + close : TerminalText.Safe(p.Text)));
}
