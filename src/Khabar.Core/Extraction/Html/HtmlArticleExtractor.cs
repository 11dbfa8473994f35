using AngleSharp.Dom;
using Khabar.Model;

namespace Khabar.Extraction.Html;

/// <summary>
/// Extracts an article from an HTML page: a CMS profile when one fits, the generic content finder otherwise,
/// then headline, dates, ids, agency and desk from the profile, the page's metadata and its text.
/// Strings stay as the page wrote them (half-spaces included); normalization comes later.
/// </summary>
public sealed class HtmlArticleExtractor : IArticleExtractor
{
    private const int MinArticleLetters = 40;

    /// <inheritdoc />
    public bool CanExtract(Page page) => page.MediaType is "text/html" or "application/xhtml+xml";

    /// <inheritdoc />
    public ItemResult Extract(Page page) => HtmlDocuments.Read(page.Text, document => Extract(page, document));

    private static ItemResult Extract(Page page, IDocument document)
    {
        if (document.Body is not { } body)
        {
            return ItemResult.Fail(page.Source, "no article found: the page has no body");
        }

        var stats = DomStats.Of(body);
        var index = PageIndex.Of(document);
        var metadata = MetaReader.Read(index);
        var profile = !CmsProfiles.MayMark(page.Text) || document.QuerySelector(CmsProfiles.AnyMarker) is null
            ? null
            : CmsProfiles.All.Select(p => ProfileFields.Read(document, p, stats)).FirstOrDefault(f => f is not null);
        var content = profile?.Body ?? GenericContent.Find(body, stats);
        if (content is null)
        {
            return ItemResult.Fail(page.Source, "no article found: no block of text on the page");
        }

        var url = page.Url ?? AbsoluteUrl(metadata.Url);
        var title = profile?.Title is { } t ? t : Titles.Choose(document, index, metadata);
        var blocks = ContentBlocks.Around(content, stats, profile is null);
        var cleaned = ArticleBody.Clean(blocks, title, profile?.Lead);
        var paragraphs = cleaned.Paragraphs.ToList();
        if (paragraphs.Sum(DomStats.Letters) + (profile?.Lead is { } l ? DomStats.Letters(l) : 0) < MinArticleLetters)
        {
            return ItemResult.Fail(page.Source, "no article found: too little text on the page");
        }

        var lead = profile?.Lead;
        var openerAt = paragraphs.Take(3).ToList().FindIndex(p => Opener.Read(p) is not null);
        var opener = openerAt >= 0 ? Opener.Read(paragraphs[openerAt]) : null;
        if (lead is null && openerAt == 1 && profile is not null)
        {
            lead = paragraphs[0];
            paragraphs.RemoveAt(0);
        }

        var (published, publishedText) = PublishedDate.Choose(document, index, metadata, [profile?.Date], url);
        var agency = opener?.Agency ?? SiteAgency.Find(url, metadata.SiteName);
        return ItemResult.Ok(new Article
        {
            Source = page.Source,
            Url = url,
            Title = title,
            Kicker = profile?.Kicker,
            Lead = lead,
            Paragraphs = paragraphs,
            Published = published,
            PublishedText = publishedText,
            NewsId = profile?.NewsId ?? metadata.NewsId ?? cleaned.NewsId ?? NewsIds.FromUrl(url),
            Agency = opener?.AgencyName ?? agency?.Name,
            AgencyId = agency?.Id,
            Desk = opener?.Desk ?? profile?.Desk ?? metadata.Section,
            Tags = (profile?.Tags ?? []).Concat(cleaned.Tags).Concat(metadata.Tags).Distinct().ToList(),
            Language = Language(document),
        });
    }

    private static string? AbsoluteUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static string Language(IDocument document)
    {
        var lang = document.DocumentElement?.GetAttribute("lang")?.Trim();
        return lang is { Length: >= 2 } ? lang[..2].ToLowerInvariant() : "fa";
    }
}
