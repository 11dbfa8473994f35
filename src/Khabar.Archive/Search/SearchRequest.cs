namespace Khabar.Archive.Search;

/// <summary>What to search for: the query, the date window, order, page and facets.</summary>
public sealed record SearchRequest(string Query)
{
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Offset { get; init; }

    public int Limit { get; init; } = 10;

    /// <summary>
    /// Facet fields to count: agency, desk, month (every value, in <see cref="SearchResponse.Facets"/>); person, org,
    /// place (entities by canonical id, the <see cref="EntityFacetLimit"/> most named, in <see cref="SearchResponse.EntityFacets"/>).
    /// </summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>How many entities each entity facet lists, most named first.</summary>
    public int EntityFacetLimit { get; init; } = 20;

    /// <summary>Whether to cut highlighted snippets (off for batch evaluation).</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>One hit per duplicate group: the best-ranked copy stands for the others.</summary>
    public bool Collapse { get; init; }
}

/// <summary>Result order.</summary>
public enum SearchSort
{
    Relevance,
    Date,
}
