using Khabar.Model;

namespace Khabar.Extraction.TextPages;

/// <summary>
/// Extracts the article from a scraped-text page: title, date and news-code lines, kicker, lead, body, and the
/// agency and desk from the opener; drops the page's furniture. Strings stay as the page wrote them.
/// </summary>
public sealed class TextPageExtractor : IArticleExtractor
{
    private const int MinArticleLetters = 40;

    /// <inheritdoc />
    public bool CanExtract(Page page) => page.MediaType == "text/plain";

    /// <inheritdoc />
    public ItemResult Extract(Page page)
    {
        var lines = new PageLines(page.Text);
        var header = PageHeader.Read(lines);
        var body = PageBody.Read(lines, header.BodyStart, header.Title);
        var paragraphs = body.Paragraphs;

        var openerAt = FindOpener(paragraphs);
        var opener = openerAt >= 0 ? Opener.Read(paragraphs[openerAt]) : null;
        string? lead = null;
        if (openerAt == 1)
        {
            lead = paragraphs[0];
            paragraphs = paragraphs.Skip(1).ToList();
        }

        var letters = paragraphs.Sum(CountArabicScript) + (lead is null ? 0 : CountArabicScript(lead));
        if (letters < MinArticleLetters)
        {
            return ItemResult.Fail(page.Source, $"no article found: {lines.Count} lines, none reads as Persian article text");
        }

        return ItemResult.Ok(new Article
        {
            Source = page.Source,
            Url = page.Url,
            Title = header.Title,
            Kicker = header.Kicker,
            Lead = lead,
            Paragraphs = paragraphs,
            PublishedText = header.PublishedText,
            NewsId = header.NewsId,
            Agency = opener?.AgencyName,
            AgencyId = opener?.Agency?.Id,
            Desk = opener?.Desk,
            Tags = body.Tags,
        });
    }

    private static int FindOpener(IReadOnlyList<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (Opener.Read(paragraphs[i]) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountArabicScript(string text) => text.Count(c => c is >= '\u0600' and <= '\u06FF');
}
