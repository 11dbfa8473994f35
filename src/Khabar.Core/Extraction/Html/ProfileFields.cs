using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>What a CMS profile reads from a page: each field by its selectors, first match wins.</summary>
internal sealed record ProfileFields(
    IElement Body, string? Title, string? Kicker, string? Lead, string? Date, string? NewsId, string? Desk, IReadOnlyList<string> Tags)
{
    private const int MinBodyLetters = 40;

    private static readonly string[] Home = ["صفحه نخست", "صفحه اصلی", "خانه", "اخبار"];

    /// <summary>The fields, or null when the profile's marker or body is not on the page.</summary>
    public static ProfileFields? Read(IDocument document, CmsProfile profile, DomStats stats)
    {
        if (document.QuerySelector(profile.Marker) is null)
        {
            return null;
        }

        var body = profile.Body.SelectMany(document.QuerySelectorAll).FirstOrDefault(e => stats.Text(e) >= MinBodyLetters);
        if (body is null)
        {
            return null;
        }

        var dateElement = First(document, profile.Date);
        var desk = profile.Desk.Select(s => document.QuerySelectorAll(s).Select(Text).OfType<string>().LastOrDefault(d => !Home.Contains(d)))
            .FirstOrDefault(d => d is not null);
        var tags = profile.Tags.Select(s => document.QuerySelectorAll(s).Select(Text).OfType<string>().ToList())
            .FirstOrDefault(t => t.Count > 0) ?? [];
        return new ProfileFields(
            body,
            Text(First(document, profile.Title)),
            Text(First(document, profile.Kicker)),
            Text(First(document, profile.Lead)),
            dateElement?.GetAttribute("datetime") ?? dateElement?.GetAttribute("content") ?? Text(dateElement),
            Digits(Text(First(document, profile.NewsId))),
            desk,
            tags.Where(t => t.Length <= 60).Distinct().ToList());
    }

    /// <summary>The element's text with white space collapsed, or null when empty.</summary>
    public static string? Text(IElement? element) =>
        element is null ? null : string.Join(' ', Nodes.Text(element).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } t ? t : null;

    private static IElement? First(IDocument document, string[] selectors) =>
        selectors.Select(s => document.QuerySelector(s)).FirstOrDefault(e => Text(e) is not null);

    // "کد خبر: ۲۱۰۲۲۹" → "210229".
    private static string? Digits(string? text)
    {
        var digits = text is null ? "" : string.Concat(text.Where(Persian.Text.Digits.IsDigit).Select(c => (char)('0' + Persian.Text.Digits.ValueOf(c))));
        return digits.Length is >= 2 and <= 20 ? digits : null;
    }
}
