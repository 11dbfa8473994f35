using System.Text.Json;
using Khabar.Model;

namespace Khabar.Output;

/// <summary>Writes an article as Khabar's own JSON object (camelCase, every field present, nulls kept).</summary>
public static class ArticleJson
{
    /// <summary>The article as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString("title", article.Title);
        json.WriteString("kicker", article.Kicker);
        json.WriteString("lead", article.Lead);
        WriteArray(json, "paragraphs", article.Paragraphs);
        json.WriteString("published", article.Published is { } p ? JsonSettings.Iso(p) : null);
        json.WriteString("publishedText", article.PublishedText);
        json.WriteString("newsId", article.NewsId);
        json.WriteString("agency", article.Agency);
        json.WriteString("agencyId", article.AgencyId);
        json.WriteString("desk", article.Desk);
        WriteArray(json, "tags", article.Tags);
        json.WriteString("language", article.Language);
        json.WriteString("url", article.Url);
        json.WriteString("sourceId", article.SourceId);
        json.WriteString("source", article.Source);
        json.WriteEndObject();
    }

    /// <summary>Writes a named array of strings.</summary>
    public static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
