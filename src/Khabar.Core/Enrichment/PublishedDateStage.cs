using System.Text.RegularExpressions;
using Khabar.Model;
using Khabar.Persian.Dates;
using Khabar.Pipeline;

namespace Khabar.Enrichment;

/// <summary>
/// Reads <see cref="Article.PublishedText"/> into <see cref="Article.Published"/>, with Tehran's offset; without a
/// written date, a Fars News article is still dated by its news id, from its URL or its news code (the id starts
/// with the Jalali date).
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

        return article.AgencyId == "fars" && (FromFarsUrl(article.Url) ?? FromFarsId(article.NewsId)) is { } published
            ? article with { Published = published }
            : article;
    }

    /// <summary>The date in a Fars news URL: 13960807000572 (1396/08/07) or, before 1391, 8612260219 (1386/12/26).</summary>
    public static DateTimeOffset? FromFarsUrl(string? url)
    {
        var match = url is null ? Match.Empty : FarsUrlId().Match(url);
        return match.Success ? FromId(match.Groups["id"].Value) : null;
    }

    /// <summary>The date in a Fars news code (<c>کد خبر</c>), in the same two forms as in a URL.</summary>
    public static DateTimeOffset? FromFarsId(string? newsId) =>
        newsId is not null && FarsId().IsMatch(newsId) ? FromId(newsId) : null;

    private static DateTimeOffset? FromId(string id)
    {
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

    [GeneratedRegex(@"/news/(?<id>(?:1[34][0-9]{11,17})|(?:[89][0-9]{9}))(?:[^0-9]|$)", RegexOptions.NonBacktracking)]
    private static partial Regex FarsUrlId();

    [GeneratedRegex(@"^(?:1[34][0-9]{11,17}|[89][0-9]{9})$", RegexOptions.NonBacktracking)]
    private static partial Regex FarsId();
}
