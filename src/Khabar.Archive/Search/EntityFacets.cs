namespace Khabar.Archive.Search;

/// <summary>The entity facets of a search: person, org and place, each counted by canonical id over the matches.</summary>
public static class EntityFacets
{
    /// <summary>The entity types each entity facet counts.</summary>
    public static IReadOnlyDictionary<string, string[]> Types { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["person"] = ["PER"],
        ["org"] = ["ORG"],
        ["place"] = ["LOC", "FAC"],
    };

    /// <summary>Per facet, its <paramref name="limit"/> most named entities: by articles, then name, then id.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<NamedEntity>> Of(EntityCounter counted, IReadOnlyList<string> fields, int limit)
    {
        var named = counted.Totals.Select(t => new NamedEntity(t.Key, counted.Seen[t.Key].Type, counted.Seen[t.Key].Name, t.Value)).ToList();
        return fields.ToDictionary(f => f, f => (IReadOnlyList<NamedEntity>)Top.Of(named.Where(e => Types[f].Contains(e.Type)), Math.Max(0, limit), Order).ToList());
    }

    /// <summary>More articles first, then by name and id, so equal counts list the same way every time.</summary>
    internal static int Order(NamedEntity a, NamedEntity b) =>
        b.Articles.CompareTo(a.Articles) is var byCount and not 0 ? byCount
            : string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : string.CompareOrdinal(a.Id, b.Id);
}
