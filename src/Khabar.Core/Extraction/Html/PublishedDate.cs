using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Khabar.Persian.Dates;

namespace Khabar.Extraction.Html;

/// <summary>
/// Chooses the publication date: an ISO instant with its own offset from the page's metadata first (kept as
/// given), then the CMS's date element, other metadata, <c>time</c> elements, elements named like dates, the
/// URL, and the text under the headline. The raw string always goes to <c>PublishedText</c>.
/// </summary>
internal static partial class PublishedDate
{
    private static readonly string[] DateNames = ["date", "time", "publish", "created", "pdate", "posted", "timestamp"];

    /// <summary>The instant when the page states one with an offset, and the raw date string.</summary>
    public static (DateTimeOffset? Instant, string? Text) Choose(IDocument document, PageIndex index, PageMetadata metadata, IEnumerable<string?> profileDates, string? url)
    {
        foreach (var raw in metadata.Published)
        {
            if (OffsetPattern().IsMatch(raw.Trim()) && PersianDateParser.TryParse(raw, out var date) && date is not null)
            {
                return (date.Instant, raw);
            }
        }

        var candidates = profileDates
            .Concat(metadata.Published)
            .Concat(index.Times.Select(t => t.GetAttribute("datetime") ?? Nodes.Text(t)))
            .Concat(DateNamedElements(document));
        foreach (var raw in candidates)
        {
            if (Read(raw) is { } found)
            {
                return found;
            }
        }

        if (url is not null && UrlDatePattern().Match(Uri.UnescapeDataString(url)) is { Success: true } inUrl
            && PersianDateParser.TryParse(inUrl.Value.Replace('/', '-'), out _))
        {
            return (null, inUrl.Value);
        }

        var heading = index.Headings.FirstOrDefault()?.ParentElement?.ParentElement is { } block ? Nodes.Text(block) : null;
        return heading is null ? (null, null) : Read(heading[..Math.Min(heading.Length, 3000)]) ?? (null, null);
    }

    private static (DateTimeOffset?, string?)? Read(string? raw)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 3000)
        {
            return null;
        }

        var parsed = PersianDateParser.Parse(text);
        if (parsed.Date is { } date)
        {
            // A date found inside a long block of text is kept as an instant; its raw words are not one string.
            return text.Length <= 120 ? (OffsetPattern().IsMatch(text) ? date.Instant : null, text) : (date.Instant, null);
        }

        return ArabicDates.Find(text) is { } arabic ? (arabic, text.Length <= 120 ? text : null) : null;
    }

    private static IEnumerable<string> DateNamedElements(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            yield break;
        }

        foreach (var element in Nodes.Descendants(body))
        {
            var (classes, id) = (element.GetAttribute("class"), element.GetAttribute("id"));
            if ((classes is not null || id is not null) && (classes?.Length ?? 0) + (id?.Length ?? 0) < 199 && IsDateNamed(classes, id)
                && Nodes.ElementCount(element) < 8)
            {
                yield return Nodes.Text(element);
            }
        }
    }

    // ASCII names (nearly all) are compared in place; others lower-cased as a whole, as the rule is written.
    private static bool IsDateNamed(string? classes, string? id)
    {
        if (Ascii.IsValid(classes ?? "") && Ascii.IsValid(id ?? ""))
        {
            return DateNames.Any(n => (classes?.Contains(n, StringComparison.OrdinalIgnoreCase) ?? false) || (id?.Contains(n, StringComparison.OrdinalIgnoreCase) ?? false));
        }

        var names = (classes + " " + id).ToLowerInvariant();
        return DateNames.Any(n => names.Contains(n, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\d(?:Z|[+-]\d\d:?\d\d)$")]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"(?<![0-9])(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])(?![0-9])")]
    private static partial Regex UrlDatePattern();
}
