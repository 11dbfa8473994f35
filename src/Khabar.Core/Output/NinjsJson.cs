using System.Text.Json;
using Khabar.Model;

namespace Khabar.Output;

/// <summary>Writes an article as an IPTC ninjs 2.1 news item.</summary>
public static class NinjsJson
{
    private const string Schema = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";

    /// <summary>The article as one ninjs object.</summary>
    public static void Write(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("uri", Uri(article));
        json.WriteString("type", "text");
        json.WriteString("representationtype", "complete");
        json.WriteString("language", article.Language);
        if (article.Published is { } published)
        {
            json.WriteString("firstcreated", JsonSettings.Iso(published));
            json.WriteString("versioncreated", JsonSettings.Iso(published));
        }

        WriteRoles(json, "headlines", [("main", article.Title), ("kicker", article.Kicker)]);
        WriteRoles(json, "descriptions", [("summary", article.Lead)]);
        WriteBody(json, article);
        WriteInfoSource(json, article);
        WriteAltIds(json, article);
        WriteSubjects(json, article);
        WriteEntities(json, article);
        json.WriteEndObject();
    }

    private static string Uri(Article article) =>
        article.Url
        ?? (article.NewsId is { } id ? $"urn:khabar:{article.AgencyId ?? "unknown"}:{id}" : $"urn:khabar:source:{System.Uri.EscapeDataString(article.Source)}");

    private static void WriteRoles(Utf8JsonWriter json, string name, (string Role, string? Value)[] items)
    {
        if (!items.Any(i => i.Value is not null))
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var (role, value) in items.Where(i => i.Value is not null))
        {
            json.WriteStartObject();
            json.WriteString("role", role);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteBody(Utf8JsonWriter json, Article article)
    {
        var text = string.Join("\n\n", article.Paragraphs);
        json.WriteStartArray("bodies");
        json.WriteStartObject();
        json.WriteString("role", "main");
        json.WriteString("contenttype", "text/plain");
        json.WriteString("value", text);
        json.WriteNumber("wordcount", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteInfoSource(Utf8JsonWriter json, Article article)
    {
        if (article.Agency is null)
        {
            return;
        }

        json.WriteStartArray("infosources");
        json.WriteStartObject();
        json.WriteString("name", article.Agency);
        if (article.AgencyId is { } id)
        {
            json.WriteString("uri", $"urn:khabar:agency:{id}");
        }

        json.WriteString("role", "originatingsource");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteAltIds(Utf8JsonWriter json, Article article)
    {
        if (article.NewsId is null)
        {
            return;
        }

        json.WriteStartArray("altids");
        json.WriteStartObject();
        json.WriteString("role", "newsid");
        json.WriteString("value", article.NewsId);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    // ninjs 2.1: people, organisations and places are arrays of objects with name, rel, literal (our id).
    private static void WriteEntities(Utf8JsonWriter json, Article article)
    {
        var entities = Entities.ArticleEntity.Group(article.Entities);
        foreach (var (field, types) in new[] { ("people", new[] { "PER" }), ("organisations", new[] { "ORG" }), ("places", new[] { "LOC", "FAC" }) })
        {
            var chosen = entities.Where(e => types.Contains(e.Type)).ToList();
            if (chosen.Count == 0)
            {
                continue;
            }

            json.WriteStartArray(field);
            foreach (var entity in chosen)
            {
                json.WriteStartObject();
                json.WriteString("name", entity.Name);
                json.WriteString("literal", entity.Id);
                if (entity.Roles.Count > 0)
                {
                    json.WriteString("rel", entity.Roles[0]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    }

    private static void WriteSubjects(Utf8JsonWriter json, Article article)
    {
        var subjects = article.Tags.Select(t => (Name: t, Rel: "keyword"))
            .Concat(article.Desk is { } desk ? [(desk, "desk")] : []);
        if (!subjects.Any())
        {
            return;
        }

        json.WriteStartArray("subjects");
        foreach (var (name, rel) in subjects)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("rel", rel);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
