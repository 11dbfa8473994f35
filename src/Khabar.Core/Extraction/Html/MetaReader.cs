using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>Reads <see cref="PageMetadata"/> from meta tags, the canonical link and JSON-LD.</summary>
internal static class MetaReader
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "nastooh:publishdate", "og:published_time", "datepublished", "pubdate",
        "publishdate", "publish-date", "dc.date.issued", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
    ];

    /// <summary>The metadata of the document.</summary>
    public static PageMetadata Read(PageIndex index)
    {
        var metas = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in index.Metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var value = meta.GetAttribute("content")?.Trim();
            if (key is not null && !string.IsNullOrEmpty(value))
            {
                (metas.TryGetValue(key.Trim(), out var list) ? list : metas[key.Trim()] = []).Add(value);
            }
        }

        var ld = JsonLd.FindArticle(index);
        string? First(string key) => metas.TryGetValue(key, out var list) ? list[0] : null;

        var published = PublishedKeys.Select(First).Prepend(ld?.Published).OfType<string>();
        var tags = (metas.GetValueOrDefault("article:tag") ?? []).Concat(ld?.Keywords ?? []);
        return new PageMetadata
        {
            Title = First("og:title") ?? First("twitter:title"),
            Headline = ld?.Headline,
            SiteName = First("og:site_name") ?? ld?.Publisher,
            Description = First("og:description") ?? First("description") ?? ld?.Description,
            Published = published.Distinct().ToList(),
            Section = First("article:section") ?? First("nastooh:topic") ?? ld?.Section,
            Tags = tags.Select(t => t.Trim()).Where(t => t.Length is > 0 and <= 60).Distinct().ToList(),
            NewsId = First("nastooh:nid"),
            Url = index.Canonical?.GetAttribute("href") ?? First("og:url") ?? ld?.Url,
            Author = First("author") ?? First("article:author") ?? ld?.Author,
        };
    }
}
