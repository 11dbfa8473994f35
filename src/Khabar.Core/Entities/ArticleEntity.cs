namespace Khabar.Entities;

/// <summary>One entity of an article with every way the article names it and every role it gives it.</summary>
public sealed record ArticleEntity(
    string Id,
    string Name,
    string Type,
    string? English,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>The mentions grouped by canonical id, in order of first mention.</summary>
    public static IReadOnlyList<ArticleEntity> Group(IEnumerable<EntityMention> mentions) =>
        mentions.GroupBy(m => m.CanonicalId).Select(g =>
        {
            var first = g.First();
            return new ArticleEntity(
                g.Key,
                first.CanonicalName,
                first.Type,
                g.Select(m => m.English).FirstOrDefault(e => !string.IsNullOrEmpty(e)),
                g.Select(m => m.Text).Where(t => t != first.CanonicalName).Distinct().ToList(),
                g.Select(m => m.Role).OfType<string>().Distinct().ToList(),
                g.ToList());
        }).ToList();
}
