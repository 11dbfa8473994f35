using Khabar.Model;

namespace Khabar.Pipeline;

/// <summary>Applies one text function to every human-readable field of an article.</summary>
public sealed class TextFieldsStage(Func<string, string> transform) : IArticleStage
{
    /// <inheritdoc />
    public Article Process(Article article) => article with
    {
        Title = Apply(article.Title),
        Kicker = Apply(article.Kicker),
        Lead = Apply(article.Lead),
        Paragraphs = article.Paragraphs.Select(transform).Where(p => p.Length > 0).ToList(),
        Desk = Apply(article.Desk),
        Agency = Apply(article.Agency),
        Tags = article.Tags.Select(transform).Where(t => t.Length > 0).Distinct().ToList(),
    };

    private string? Apply(string? text) => text is null ? null : transform(text) is { Length: > 0 } done ? done : null;
}
