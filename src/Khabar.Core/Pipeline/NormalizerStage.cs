using Khabar.Model;
using Khabar.Persian.Normalization;

namespace Khabar.Pipeline;

/// <summary>
/// Normalizes every text field of an article with <see cref="PersianNormalizer"/>. The title, kicker, lead and
/// paragraphs are normalized together as one document, so the half-space repair judges the article's damage
/// (half-spaces deleted or turned into spaces) from all of its text rather than from one short line.
/// </summary>
public sealed class NormalizerStage(PersianNormalizer normalizer) : IArticleStage
{
    /// <inheritdoc />
    public Article Process(Article article)
    {
        var parts = new List<string?> { article.Title, article.Kicker, article.Lead };
        parts.AddRange(article.Paragraphs);
        var document = string.Join('\n', parts.Select(p => p?.Replace('\n', ' ') ?? ""));
        var lines = normalizer.Normalize(document).Split('\n');
        if (lines.Length != parts.Count)
        {
            // The normalizer keeps line breaks; should it ever not, normalize field by field instead.
            lines = parts.Select(p => p is null ? "" : normalizer.Normalize(p)).ToArray();
        }

        return article with
        {
            Title = Field(article.Title, lines[0]),
            Kicker = Field(article.Kicker, lines[1]),
            Lead = Field(article.Lead, lines[2]),
            Paragraphs = lines.Skip(3).Select(l => l.Trim()).Where(l => l.Length > 0).ToList(),
            Desk = article.Desk is null ? null : Field(article.Desk, normalizer.Normalize(article.Desk)),
            Agency = article.Agency is null ? null : Field(article.Agency, normalizer.Normalize(article.Agency)),
            Tags = article.Tags.Select(normalizer.Normalize).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList(),
        };
    }

    private static string? Field(string? original, string normalized) =>
        original is null ? null : normalized.Trim() is { Length: > 0 } text ? text : null;
}
