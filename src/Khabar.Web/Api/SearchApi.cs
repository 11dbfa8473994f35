using System.ComponentModel;
using Khabar.Archive.Search;
using Khabar.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Khabar.Web.Api;

/// <summary><c>GET /api/search</c> and <c>GET /api/attention</c>.</summary>
internal static class SearchApi
{
    /// <summary>The most results one page of the API holds.</summary>
    public const int MaxLimit = 100;

    /// <summary>The most entities one entity facet lists.</summary>
    public const int MaxFacetLimit = 100;

    private static readonly string[] FacetFields = ["agency", "desk", "month", .. EntityFacets.Types.Keys];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).WithName("Search")
            .WithSummary("Search the archive: ranked or newest-first results with highlighted snippets and facet counts")
            .Produces<SearchResult>().ProducesProblem(400);
        api.MapGet("/attention", CountAttention).WithName("Attention")
            .WithSummary("Attention over time: how many articles the search matches per Jalali day, week or month")
            .Produces<AttentionResult>().ProducesProblem(400);
    }

    private static IResult Search(ArchiveHost host, [AsParameters] SearchQuery query,
        [Description("Results to skip")] int offset = 0,
        [Description("Results per page, 1 to 100")] int limit = 10,
        [Description("Facets to count, comma-separated: agency, desk, month (every value, in facets); person, org, place (the entities the matches name most, in entityFacets)")] string? facets = null,
        [Description("Entities per entity facet, 1 to 100")] int facetLimit = 20)
    {
        var fields = (facets ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.FirstOrDefault(f => !FacetFields.Contains(f)) is { } unknown)
        {
            return Problems.BadRequest($"unknown facet '{unknown}'; use agency, desk, month, person, org or place");
        }

        if (facetLimit is < 1 or > MaxFacetLimit)
        {
            return Problems.BadRequest($"facetLimit must be between 1 and {MaxFacetLimit}");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return Problems.BadRequest($"limit must be between 1 and {MaxLimit}");
        }

        var (request, error) = query.ToRequest();
        if (request is null)
        {
            return Problems.BadRequest(error!);
        }

        using var lease = host.Lease();
        var (response, searchError) = lease.Searcher.Search(request with { Offset = offset, Limit = limit, Facets = fields, EntityFacetLimit = facetLimit });
        return response is null
            ? Problems.BadRequest(searchError!)
            : Results.Ok(new SearchResult(response.Total, offset, limit, response.Hits.Select(HitSummary.Of).ToList(), response.Facets,
                response.EntityFacets.ToDictionary(f => f.Key, f => (IReadOnlyList<EntityFacet>)f.Value.Select(EntityFacet.Of).ToList())));
    }

    private static IResult CountAttention(ArchiveHost host, [AsParameters] SearchQuery query,
        [Description("day, week (from Saturday) or month; Jalali, Tehran time")] string unit = "month")
    {
        if (!Enum.TryParse<AttentionUnit>(unit, ignoreCase: true, out var length) || !Enum.IsDefined(length))
        {
            return Problems.BadRequest($"unknown unit '{unit}'; use day, week or month");
        }

        var (request, error) = query.ToRequest();
        if (request is null)
        {
            return Problems.BadRequest(error!);
        }

        using var lease = host.Lease();
        var (periods, countError) = Attention.Count(lease.Index, request, length);
        return periods is null
            ? Problems.BadRequest(countError!)
            : Results.Ok(new AttentionResult(length.ToString().ToLowerInvariant(), periods.Sum(p => p.Count), periods));
    }
}
