using System.Xml.Linq;

namespace Khabar.Reading;

/// <summary>Reads one RSS item or Atom entry element, whatever namespaces the feed uses.</summary>
internal static class FeedItems
{
    /// <summary>The item's fields as the feed wrote them.</summary>
    public static FeedItem Read(XElement item) => new()
    {
        Title = Child(item, "title"),
        Link = Link(item),
        Summary = Child(item, "description") ?? Child(item, "summary"),
        Content = Child(item, "encoded") ?? Child(item, "content"),
        Published = Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "date") ?? Child(item, "updated") ?? Child(item, "issued"),
        Categories = item.Elements().Where(e => e.Name.LocalName is "category" or "subject")
            .Select(e => ((string?)e.Attribute("term") ?? e.Value).Trim()).Where(c => c.Length is > 0 and <= 60).Distinct().ToList(),
        Id = Child(item, "guid") ?? Child(item, "id"),
        Author = Child(item, "creator") ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == "author")?.Value.Trim(),
    };

    private static string? Child(XElement item, string name) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    // RSS: <link>url</link>; Atom: <link rel="alternate" href="url"/>, or the first link without rel.
    private static string? Link(XElement item)
    {
        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var atom = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate" && l.Attribute("href") is not null);
        var link = ((string?)atom?.Attribute("href") ?? links.Select(l => l.Value.Trim()).FirstOrDefault(v => v.Length > 0))?.Trim();
        return link is { Length: > 0 } ? link : Child(item, "guid") is { } guid && Sniff.IsUrl(guid) ? guid : null;
    }
}
