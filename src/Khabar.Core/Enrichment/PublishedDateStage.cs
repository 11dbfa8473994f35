using Khabar.Model;
using Khabar.Persian.Dates;
using Khabar.Pipeline;

namespace Khabar.Enrichment;

/// <summary>Reads <see cref="Article.PublishedText"/> into <see cref="Article.Published"/>, with Tehran's offset.</summary>
public sealed class PublishedDateStage : IArticleStage
{
    /// <inheritdoc />
    public Article Process(Article article)
    {
        if (article.Published is not null || article.PublishedText is not { } text)
        {
            return article;
        }

        return PersianDateParser.TryParse(text, out var date) && date is not null
            ? article with { Published = date.Instant }
            : article;
    }
}
