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
        WriteEntities(json, article.Entities);
        json.WriteString("language", article.Language);
        json.WriteString("url", article.Url);
        json.WriteString("sourceId", article.SourceId);
        json.WriteString("source", article.Source);
        json.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter json, IReadOnlyList<Entities.EntityMention> mentions)
    {
        json.WriteStartArray("entities");
        foreach (var m in mentions)
        {
            json.WriteStartObject();
            json.WriteString("text", m.Text);
            json.WriteString("type", m.Type);
            json.WriteString("field", m.Field);
            json.WriteNumber("start", m.Start);
            json.WriteNumber("end", m.End);
            json.WriteString("id", m.CanonicalId);
            json.WriteString("name", m.CanonicalName);
            json.WriteString("role", m.Role);
            json.WriteString("english", m.English);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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
