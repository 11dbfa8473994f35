using Khabar.Archive.Search;
using Khabar.Web.Api;
using Khabar.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Khabar.Web.Ui;

/// <summary>
/// The pages: <c>/</c> (search), <c>/article/{id}</c>, <c>/stories</c>, <c>/stories/{id}</c>, <c>/entities</c> and
/// <c>/entities/{id}</c>; any other path is a Persian 404 page.
/// </summary>
internal static class UiEndpoints
{
    private const int PageSize = 20;
    private const int StoriesShown = 30;
    private const int EntitiesPerType = 8;

    public static void MapPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", Search).ExcludeFromDescription();
        routes.MapGet("/article/{id:long}", Article).ExcludeFromDescription();
        routes.MapGet("/stories", Stories).ExcludeFromDescription();
        routes.MapGet("/stories/{id:long}", Story).ExcludeFromDescription();
        routes.MapGet("/entities", Entities).ExcludeFromDescription();
        routes.MapGet("/entities/{id}", Entity).ExcludeFromDescription();
    }

    private static IResult Search(ArchiveHost host, [AsParameters] SearchQuery query, [FromQuery(Name = "page")] int? page)
    {
        var number = Math.Clamp(page ?? 1, 1, ArchiveSearcher.MaxWindow / PageSize);
        var view = new SearchView(query, number, PageSize);
        using var lease = host.Lease();
        var (request, error) = query.ToRequest();
        if (request is null)
        {
            return SearchPage.Render(view with { Error = error });
        }

        var (response, searchError) = lease.Searcher.Search(request with
        {
            Offset = (number - 1) * PageSize, Limit = PageSize, Facets = ["agency", "desk", .. SearchForm.EntityFacets],
            EntityFacetLimit = EntitiesPerType,
        });
        if (response is null)
        {
            return SearchPage.Render(view with { Error = searchError });
        }

        return SearchPage.Render(view with
        {
            Response = response,
            ArchiveArticles = response.Total > 0 ? response.Total : lease.Store.Count,
            Agencies = string.IsNullOrWhiteSpace(query.Agency) ? response.Facets["agency"] : FacetsWithout(lease, query with { Agency = null }, "agency"),
            Desks = string.IsNullOrWhiteSpace(query.Desk) ? response.Facets["desk"] : FacetsWithout(lease, query with { Desk = null }, "desk"),
            Months = response.Total > 0 ? Attention.Count(lease.Index, request, AttentionUnit.Month).Periods ?? [] : [],
            Entities = response.EntityFacets,
        });
    }

    // A filter's own choices are counted without it, so choosing one agency still lists the others.
    private static IReadOnlyList<FacetCount> FacetsWithout(ArchiveLease lease, SearchQuery query, string field)
    {
        var (request, _) = query.ToRequest();
        var response = request is null ? null : lease.Searcher.Search(request with { Limit = 0, Facets = [field], Snippets = false }).Response;
        return response?.Facets[field] ?? [];
    }

    private static IResult Article(ArchiveHost host, long id)
    {
        using var lease = host.Lease();
        return lease.Store.Get(id) is { } stored && Related.Of(lease, id) is { } related
            ? ArticlePage.Render(id, stored.Article, related)
            : Layout.NotFound("خبری با این شناسه در بایگانی نیست.");
    }

    private static IResult Stories(ArchiveHost host, [FromQuery(Name = "q")] string? q)
    {
        if ((q?.Length ?? 0) > SearchQuery.MaxQueryChars)
        {
            return StoriesPage.Render(q, null, $"the query is longer than {SearchQuery.MaxQueryChars} characters");
        }

        using var lease = host.Lease();
        var (stories, error) = Related.Find(lease, q, minReports: 2, StoriesShown);
        return StoriesPage.Render(q, stories, error);
    }

    private static IResult Story(ArchiveHost host, long id)
    {
        using var lease = host.Lease();
        return Related.Story(lease, id) is { } story ? StoryPage.Render(story) : Layout.NotFound("رویدادی با این شناسه در بایگانی نیست.");
    }

    private static IResult Entities(ArchiveHost host, [FromQuery(Name = "q")] string? q, [FromQuery(Name = "type")] string? type,
        [FromQuery(Name = "page")] int? page)
    {
        var number = Math.Clamp(page ?? 1, 1, EntityApi.MaxWindow / EntitiesPage.PageSize);
        var (types, error) = EntityTypeFilter.Parse(type);
        if ((q?.Length ?? 0) > SearchQuery.MaxQueryChars)
        {
            error = $"the query is longer than {SearchQuery.MaxQueryChars} characters";
        }

        if (types is null || error is not null)
        {
            return EntitiesPage.Render(q, type, number, null, error);
        }

        using var lease = host.Lease();
        var catalog = EntityCatalog.Of(lease.Index.IndexReader);
        var found = catalog.Find(q, types, (number - 1) * EntitiesPage.PageSize, EntitiesPage.PageSize);
        return EntitiesPage.Render(q, type, number, found, null, unindexed: catalog.Count == 0 && lease.Store.Count > 0);
    }

    private static IResult Entity(ArchiveHost host, string id)
    {
        using var lease = host.Lease();
        if (EntityCatalog.Of(lease.Index.IndexReader).Get(EntityApi.RouteId(id)) is not { } known)
        {
            return Layout.NotFound("نامی با این شناسه در بایگانی نیست.");
        }

        // Months from a wildly wrong date (year 622, year 3000) would pass the cap on periods: the chart then runs
        // from 150 years back to 10 ahead, and the page still shows.
        var profile = EntityStats.Profile(lease.Index, known, AttentionUnit.Month, related: 24, latest: 10).Profile
            ?? EntityStats.Profile(lease.Index, known, AttentionUnit.Month, DateTimeOffset.UtcNow.AddYears(-150), DateTimeOffset.UtcNow.AddYears(10), related: 24, latest: 10).Profile;
        var latest = profile!.Latest.Select(a => lease.Store.Get(a) is { } stored ? (a, stored.Article) : default).Where(a => a.Article is not null).ToList();
        return EntityPage.Render(profile, latest);
    }
}
