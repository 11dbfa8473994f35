using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>
/// The headline of a page no profile knows: an <c>h1</c> that the page's own title metadata contains (clean,
/// without the site name), else OpenGraph or JSON-LD, else the document title without its site-name part.
/// </summary>
internal static class Titles
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « "];

    /// <summary>The headline, or null.</summary>
    public static string? Choose(IDocument document, PageIndex index, PageMetadata metadata)
    {
        var documentTitle = Clean(document.Title ?? "");
        var known = new[] { metadata.Title, metadata.Headline, documentTitle }.OfType<string>().Select(Clean).ToList();
        foreach (var heading in index.Headings.Take(5))
        {
            var text = ProfileFields.Text(heading);
            if (text is { Length: > 5 } && known.Any(k => k.Contains(text, StringComparison.Ordinal)))
            {
                return text;
            }
        }

        var fromMeta = metadata.Title ?? metadata.Headline;
        if (fromMeta is not null)
        {
            return WithoutSiteName(Clean(fromMeta), metadata.SiteName);
        }

        return documentTitle is { Length: > 0 } ? WithoutSiteName(documentTitle, metadata.SiteName) : ProfileFields.Text(index.Headings.FirstOrDefault());
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // "Headline - Site": the longest part is the headline when a separator splits off a short site name.
    private static string WithoutSiteName(string title, string? siteName)
    {
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var (head, tail) = (title[..at].Trim(), title[(at + separator.Length)..].Trim());
                if (siteName is not null && tail.Contains(siteName.Trim(), StringComparison.Ordinal) || tail.Length * 3 < head.Length)
                {
                    return head;
                }
            }
        }

        return title;
    }
}
