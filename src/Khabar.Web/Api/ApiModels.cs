using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Khabar.Persian.Dates;

namespace Khabar.Web.Api;

/// <summary>
/// One page of search results with the total and the facet counts: <see cref="Facets"/> per value of agency, desk and
/// month; <see cref="EntityFacets"/> per entity (person, org, place) by canonical id.
/// </summary>
public sealed record SearchResult(long Total, int Offset, int Limit, IReadOnlyList<HitSummary> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, IReadOnlyDictionary<string, IReadOnlyList<EntityFacet>> EntityFacets);

/// <summary>An entity of an entity facet: canonical id (its page is <c>/api/entities/{id}</c>), type, name, and how many matches name it.</summary>
public sealed record EntityFacet(string Id, string Type, string Name, long Count)
{
    /// <summary>The API's form of a counted entity.</summary>
    public static EntityFacet Of(NamedEntity e) => new(e.Id, e.Type, e.Name, e.Articles);
}

/// <summary>One result: the archive id, the score, the article's heading fields and a highlighted snippet.</summary>
public sealed record HitSummary(long Id, float Score, string? Title, string? Kicker, string? Lead, string? Agency,
    string? AgencyId, string? Desk, DateTimeOffset? Published, string? PublishedJalali, string? Url,
    IReadOnlyList<SnippetPart> Snippet)
{
    /// <summary>The summary of a search hit.</summary>
    public static HitSummary Of(SearchHit hit)
    {
        var a = hit.Article;
        return new HitSummary(hit.Id, hit.Score, a.Title, a.Kicker, a.Lead, a.Agency, a.AgencyId, a.Desk, a.Published,
            a.Published is { } p ? JalaliFormat.Date(p, persianDigits: false) : null, a.Url, hit.Snippet);
    }
}

/// <summary>Article counts per period for a query.</summary>
public sealed record AttentionResult(string Unit, long Total, IReadOnlyList<AttentionPeriod> Periods);

/// <summary>What the archive holds.</summary>
public sealed record StatsResult(long Articles, long Indexed, long WithDate, DateTimeOffset? First, DateTimeOffset? Last,
    IReadOnlyList<AgencyCount> ByAgency, IReadOnlyList<IngestRecord> RecentIngests);

/// <summary>How many articles an agency has.</summary>
public sealed record AgencyCount(string Agency, long Count);

/// <summary>What an ingest did, with the reasons of its first failures.</summary>
public sealed record IngestResult(long Read, long Added, long Updated, long Unchanged, long Failed,
    IReadOnlyList<IngestFailure> Errors, long ArchiveArticles)
{
    /// <summary>Stored articles linked again after the run to the people and organisations it taught.</summary>
    public long Relinked { get; init; }
}

/// <summary>One input that gave no article, and why.</summary>
public sealed record IngestFailure(string Source, string Reason);
