using System.ComponentModel;
using Khabar.Archive.Search;
using Khabar.Entities.Linking;
using Khabar.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Khabar.Web.Api;

/// <summary><c>GET /api/entities</c> (known entities, most named first) and <c>GET /api/entities/{id}</c> (one entity's page).</summary>
internal static class EntityApi
{
    /// <summary>The most entities one page of the list holds.</summary>
    public const int MaxLimit = 200;

    /// <summary>The largest offset + limit served.</summary>
    public const int MaxWindow = 10_000;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/entities", List).WithName("Entities")
            .WithSummary("Known entities (people, organisations, places…), most named first; q finds them by any part of a name or alias, or by id")
            .Produces<EntitiesResult>().ProducesProblem(400);
        api.MapGet("/entities/{id}", Entity).WithName("Entity")
            .WithSummary("One entity by canonical id (e.g. org:hamas, per:اسماعیل_هنیه): names, roles, articles per Jalali day/week/month, entities named with it, newest articles")
            .Produces<EntityResult>().ProducesProblem(400).ProducesProblem(404);
    }

    private static IResult List(ArchiveHost host,
        [FromQuery(Name = "q"), Description("Part of a name or alias (spelling, spacing and half-spaces as search compares them), or an id")] string? q = null,
        [Description("Comma-separated types: PER, ORG, LOC, FAC, EVENT, PRO, DAT, or person, org, place")] string? type = null,
        [Description("Entities to skip")] int offset = 0,
        [Description("Entities per page, 1 to 200")] int limit = 50)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.BadRequest($"limit must be between 1 and {MaxLimit}");
        }

        if (offset < 0 || offset + limit > MaxWindow)
        {
            return Problems.BadRequest($"offset + limit must be between 0 and {MaxWindow}");
        }

        if ((q?.Length ?? 0) > SearchQuery.MaxQueryChars)
        {
            return Problems.BadRequest($"the query is longer than {SearchQuery.MaxQueryChars} characters");
        }

        var (types, error) = EntityTypeFilter.Parse(type);
        if (types is null)
        {
            return Problems.BadRequest(error!);
        }

        using var lease = host.Lease();
        var (total, entities) = EntityCatalog.Of(lease.Index.IndexReader).Find(q, types, offset, limit);
        return Results.Ok(new EntitiesResult(total, offset, limit, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), types, entities.Select(EntitySummary.Of).ToList()));
    }

    private static IResult Entity(ArchiveHost host, string id,
        [Description("day, week (from Saturday) or month; Jalali, Tehran time")] string unit = "month",
        [Description("Count mentions from this date on, Jalali or Gregorian")] string? from = null,
        [Description("Count mentions up to this date; a day counts whole")] string? to = null,
        [Description("Entities named with it to list, 0 to 100")] int related = 20,
        [Description("Newest articles to list, 0 to 100")] int latest = 10)
    {
        if (!Enum.TryParse<AttentionUnit>(unit, ignoreCase: true, out var length) || !Enum.IsDefined(length))
        {
            return Problems.BadRequest($"unknown unit '{unit}'; use day, week or month");
        }

        var (start, startError) = DateBound.Parse(from, endOfDay: false);
        var (end, endError) = DateBound.Parse(to, endOfDay: true);
        if ((startError ?? endError) is { } badDate)
        {
            return Problems.BadRequest(badDate);
        }

        using var lease = host.Lease();
        if (EntityCatalog.Of(lease.Index.IndexReader).Get(RouteId(id)) is not { } known)
        {
            return Problems.NotFound($"no entity with id '{RouteId(id)}'");
        }

        var (profile, error) = EntityStats.Profile(lease.Index, known, length, start, end, related, latest);
        return profile is null ? Problems.BadRequest(error!) : Results.Ok(Of(profile, length, lease));
    }

    /// <summary>The id as the route gives it; a slash stays encoded in a path segment, so it is decoded here.</summary>
    public static string RouteId(string id) => id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static EntityResult Of(EntityProfile p, AttentionUnit unit, ArchiveLease lease)
    {
        var e = p.Entity;
        var latest = p.Latest.Select(id => lease.Store.Get(id) is { } stored ? ReportSummary.Of(id, stored.Article) : null).OfType<ReportSummary>().ToList();
        return new EntityResult(e.Id, e.Type, e.Name, e.Articles, e.Aliases, e.Roles, unit.ToString().ToLowerInvariant(), p.Mentions,
            p.Related.Select(RelatedEntity.Of).ToList(), latest) { English = SeedEntities.EnglishOf(e.Id) };
    }
}
