using Khabar.Model;

namespace Khabar.Archive.Search;

/// <summary>One page of results, the total number of matches and the facet counts.</summary>
public sealed record SearchResponse(long Total, IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    /// <summary>Per entity facet asked for (person, org, place): the entities the matches name most, with how many name each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<NamedEntity>> EntityFacets { get; init; } =
        new Dictionary<string, IReadOnlyList<NamedEntity>>();
}

/// <summary>One result: the archive id, the score, the article and a highlighted snippet.</summary>
public sealed record SearchHit(long Id, float Score, Article Article, IReadOnlyList<SnippetPart> Snippet);

/// <summary>A piece of a snippet; <see cref="Match"/> marks the words the query matched.</summary>
public sealed record SnippetPart(string Text, bool Match);

/// <summary>How many matching articles have this value.</summary>
public sealed record FacetCount(string Value, long Count);
