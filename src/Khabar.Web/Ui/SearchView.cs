using Khabar.Archive.Search;
using Khabar.Web.Api;

namespace Khabar.Web.Ui;

/// <summary>What the search page shows: the search, its results, the filter choices and attention over time.</summary>
internal sealed record SearchView(SearchQuery Query, int Page, int PageSize)
{
    public SearchResponse? Response { get; init; }

    /// <summary>Agencies with counts for the search without its own agency filter.</summary>
    public IReadOnlyList<FacetCount> Agencies { get; init; } = [];

    /// <summary>Desks with counts for the search without its own desk filter.</summary>
    public IReadOnlyList<FacetCount> Desks { get; init; } = [];

    public IReadOnlyList<AttentionPeriod> Months { get; init; } = [];

    /// <summary>Per entity facet (person, org, place): the entities the results name most, a few of each, counted in the search's own pass.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<NamedEntity>> Entities { get; init; } = new Dictionary<string, IReadOnlyList<NamedEntity>>();

    /// <summary>What is wrong with the search, as the archive said it.</summary>
    public string? Error { get; init; }

    /// <summary>How many articles the archive holds, as far as the empty state needs to know (0: it is empty).</summary>
    public long ArchiveArticles { get; init; }

    /// <summary>The agency filter as the facets name it: an agency id (fars) becomes its Persian name (فارس).</summary>
    public string? ChosenAgency => Query.Agency is { } agency
        ? Extraction.Agencies.ById(agency.Trim().ToLowerInvariant())?.Name ?? agency.Trim()
        : null;
}
