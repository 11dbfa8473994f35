using System.Text.Json;
using Khabar.Model;
using Khabar.Reading;

namespace Khabar.Extraction.Records;

/// <summary>
/// Maps a JSON article record in the shapes news datasets use (title, body or paragraphs, abstract/lead,
/// cat/category, tags, link/url, newsCode/news_id, date) onto an article.
/// </summary>
public sealed class JsonRecordExtractor : IArticleExtractor
{
    private static readonly string[] ListSeparators = [",", "،", "|", "؛", "\n"];

    /// <inheritdoc />
    public bool CanExtract(Page page) => page.MediaType == JsonRecordReader.MediaType;

    /// <inheritdoc />
    public ItemResult Extract(Page page)
    {
        JsonElement record;
        try
        {
            using var document = JsonDocument.Parse(page.Text);
            record = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return ItemResult.Fail(page.Source, $"invalid JSON: {e.Message}");
        }

        if (record.ValueKind != JsonValueKind.Object)
        {
            return ItemResult.Fail(page.Source, $"a record must be a JSON object, not {record.ValueKind}");
        }

        var fields = new RecordFields(record);
        var paragraphs = fields.List([], "paragraphs") ?? Paragraphs(fields.Text("body", "text", "content", "article", "bodyText"));
        var title = fields.Text("title", "headline");
        var lead = fields.Text("abstract", "lead", "summary", "subtitle", "description", "intro");
        if (paragraphs.Count == 0 && lead is null)
        {
            // A feed item with only a summary is still an article stub; a record with neither is not an article.
            return ItemResult.Fail(page.Source, title is null ? "no title, body or summary in the record" : "the record has no body or summary");
        }

        var url = fields.Text("url", "link", "newsLink", "href", "uri");
        var newsId = fields.Text("newsCode", "news_id", "newsId", "code", "nid");
        var byUrl = Agencies.FromUrl(url);
        var byName = fields.Text("NewsAgency", "agency", "publisher") is { } name ? Agencies.Find(name) : null;
        var opener = paragraphs.Take(3).Select(Opener.Read).FirstOrDefault(o => o is not null);
        var agency = byName ?? byUrl ?? opener?.Agency;

        return ItemResult.Ok(new Article
        {
            Source = page.Source,
            SourceId = fields.Text("id", "_id") ?? url ?? newsId,
            Url = url ?? page.Url,
            Title = title,
            Kicker = fields.Text("rutitr", "kicker", "overline", "supertitle", "uptitle"),
            Lead = lead,
            Paragraphs = paragraphs,
            PublishedText = fields.Text("date", "published", "pubDate", "date_georgian_iso", "datePublished", "publishDate", "time"),
            NewsId = newsId is null ? null : Persian.Text.Digits.ToAscii(newsId),
            Agency = agency?.Name ?? fields.Text("NewsAgency", "agency") ?? opener?.AgencyName,
            AgencyId = agency?.Id,
            Desk = fields.Text("cat", "category", "desk", "section", "subcat") is { } desk ? Desks.Canonical(desk) : opener?.Desk,
            Tags = fields.List(ListSeparators, "tags", "keywords") ?? [],
        });
    }

    private static IReadOnlyList<string> Paragraphs(string? body) => body is null
        ? []
        : body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
