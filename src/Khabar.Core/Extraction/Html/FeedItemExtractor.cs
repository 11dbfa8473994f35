using System.Text.RegularExpressions;
using Khabar.Model;
using Khabar.Persian.Dates;
using Khabar.Reading;

namespace Khabar.Extraction.Html;

/// <summary>
/// Turns a feed item into an article stub: title, link, date, categories, and the text of its summary or content
/// (HTML read as the page extractor reads it). An item with a title alone is still an article: the stub to follow.
/// </summary>
public sealed partial class FeedItemExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public bool CanExtract(Page page) => page.MediaType == FeedItem.MediaType;

    /// <inheritdoc />
    public ItemResult Extract(Page page)
    {
        if (FeedItem.FromJson(page.Text) is not { } item)
        {
            return ItemResult.Fail(page.Source, "not a feed item");
        }

        var title = Plain(item.Title);
        var summary = Paragraphs(item.Summary, title);
        var content = Paragraphs(item.Content, title);
        var paragraphs = content.Count > 0 ? content : summary;
        var lead = content.Count > 0 && summary.Count == 1 && summary[0] != content[0] ? summary[0] : null;
        if (title is null && paragraphs.Count == 0)
        {
            return ItemResult.Fail(page.Source, "feed item with no title and no text");
        }

        var url = page.Url ?? item.Link;
        var opener = paragraphs.Take(2).Select(Opener.Read).FirstOrDefault(o => o is not null);
        var agency = opener?.Agency ?? SiteAgency.Find(url, item.FeedTitle);
        var published = item.Published is { } raw && OffsetPattern().IsMatch(raw) && PersianDateParser.TryParse(raw, out var date) ? date?.Instant : null;
        return ItemResult.Ok(new Article
        {
            Source = page.Source,
            Url = url,
            Title = title,
            Lead = lead,
            Paragraphs = paragraphs,
            Published = published,
            PublishedText = item.Published,
            NewsId = NewsIds.FromUrl(url),
            Agency = opener?.AgencyName ?? agency?.Name,
            AgencyId = agency?.Id,
            Desk = opener?.Desk,
            Tags = item.Categories,
        });
    }

    private static string? Plain(string? html) =>
        html is null ? null : Paragraphs(html, null) is { Count: > 0 } p ? string.Join(' ', p) : null;

    private static List<string> Paragraphs(string? html, string? title)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }

        return HtmlDocuments.Read("<body>" + html + "</body>", document =>
            document.Body is { } body ? ArticleBody.Clean(BlockText.Read(body), title, null).Paragraphs.ToList() : []);
    }

    // RFC 1123 "+0330" / "GMT" and ISO "Z" / "+03:30": the feed states the offset, so it is kept as given.
    [GeneratedRegex(@"(?:\d(?:Z|[+-]\d\d:?\d\d)|\s(?:GMT|UT|UTC|[+-]\d{4}))\s*$")]
    private static partial Regex OffsetPattern();
}
