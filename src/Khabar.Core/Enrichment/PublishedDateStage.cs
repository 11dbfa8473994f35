using System.Text.RegularExpressions;
using Khabar.Model;
using Khabar.Persian.Dates;
using Khabar.Pipeline;

namespace Khabar.Enrichment;

/// <summary>
/// Reads <see cref="Article.PublishedText"/> into <see cref="Article.Published"/>, with Tehran's offset; without a
/// written date, a Fars News URL still dates the article (its news id starts with the Jalali date).
/// </summary>
public sealed partial class PublishedDateStage : IArticleStage
{
    /// <inheritdoc />
    public Article Process(Article article)
    {
        if (article.Published is not null)
        {
            return article;
        }

        if (article.PublishedText is { } text)
        {
            return PersianDateParser.TryParse(text, out var date) && date is not null ? article with { Published = date.Instant } : article;
        }

        return article.AgencyId == "fars" && FromFarsUrl(article.Url) is { } published ? article with { Published = published } : article;
    }

    /// <summary>The date in a Fars news URL: 13960807000572 (1396/08/07) or, before 1391, 8612260219 (1386/12/26).</summary>
    public static DateTimeOffset? FromFarsUrl(string? url)
    {
        var match = url is null ? Match.Empty : FarsId().Match(url);
        if (!match.Success)
        {
            return null;
        }

        var id = match.Groups["id"].Value;
        if (id.Length >= 13)
        {
            return PersianDateParser.TryParse(id, out var date) && date is not null ? date.Instant : null;
        }

        try
        {
            return TehranTime.FromJalali(1300 + int.Parse(id[..2]), int.Parse(id[2..4]), int.Parse(id[4..6]));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"/news/(?<id>(?:1[34]\d{11,17})|(?:[89]\d{9}))(?:\D|$)", RegexOptions.NonBacktracking)]
    private static partial Regex FarsId();
}
