using Khabar.Model;

namespace Khabar.Archive.Search;

/// <summary>Two entities named in the same articles, and in how many (an edge of the archive's entity network).</summary>
public sealed record EntityPair(KnownEntity Source, KnownEntity Target, long Articles);

/// <summary>
/// Who is named with whom: every pair of entities named in the same article, counted once per article, as the entity
/// pages count the entities named with one (<see cref="EntityStats.Relates"/>: not dates, nor the news agencies
/// articles name as their source). A pure function of the articles and the catalog.
/// </summary>
public static class EntityNetwork
{
    /// <summary>
    /// The pairs of entities of <paramref name="types"/> (none: every type but dates) that at least
    /// <paramref name="minArticles"/> of the articles name together, most shared first; each pair once, the entity
    /// with the smaller id as its source.
    /// </summary>
    public static IReadOnlyList<EntityPair> Of(IEnumerable<Article> articles, EntityCatalog catalog, IReadOnlyCollection<string> types, int minArticles = 1)
    {
        var counts = new Dictionary<(string, string), long>();
        foreach (var article in articles)
        {
            var ids = article.Entities.Select(e => e.CanonicalId).Distinct(StringComparer.Ordinal)
                .Where(id => catalog.Get(id) is { } e && EntityStats.Relates(e) && (types.Count == 0 || types.Contains(e.Type)))
                .Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < ids.Length; i++)
            {
                for (var j = i + 1; j < ids.Length; j++)
                {
                    counts[(ids[i], ids[j])] = counts.GetValueOrDefault((ids[i], ids[j])) + 1;
                }
            }
        }

        return counts.Where(c => c.Value >= minArticles)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2, StringComparer.Ordinal)
            .Select(c => new EntityPair(catalog.Get(c.Key.Item1)!, catalog.Get(c.Key.Item2)!, c.Value)).ToList();
    }
}
