using System.ComponentModel;
using System.Text.Json;
using Khabar.Model;
using Khabar.Output;
using Khabar.Web.Hosting;

namespace Khabar.Web.Api;

/// <summary><c>GET /api/articles/{id}</c> (Khabar JSON or ninjs) and <c>GET /api/stats</c>.</summary>
internal static class ArticleApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/articles/{id:long}", Article).WithName("Article")
            .WithSummary("One archived article, as khabar extract writes it, or as an IPTC ninjs 2.1 news item")
            .Produces<Article>(200, "application/json").ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/stats", Stats).WithName("Stats")
            .WithSummary("What the archive holds: counts, first and last dates, articles per agency, recent ingests")
            .Produces<StatsResult>();
    }

    private static IResult Article(ArchiveHost host, long id,
        [Description("khabar (default) or ninjs")] string format = "khabar")
    {
        if (format is not ("khabar" or "ninjs"))
        {
            return Problems.BadRequest($"unknown format '{format}'; use khabar or ninjs");
        }

        using var lease = host.Lease();
        if (lease.Store.Get(id) is not { } stored)
        {
            return Problems.NotFound($"no article with id {id}");
        }

        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WebJson.Encoder }))
        {
            (format == "ninjs" ? (Action<Utf8JsonWriter, Article>)NinjsJson.Write : ArticleJson.Write)(json, stored.Article);
        }

        return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
    }

    private static StatsResult Stats(ArchiveHost host)
    {
        using var lease = host.Lease();
        var stats = lease.Store.Stats();
        return new StatsResult(stats.Articles, host.Indexed, stats.WithDate, stats.First, stats.Last,
            stats.ByAgency.Select(a => new AgencyCount(a.Agency, a.Count)).ToList(), lease.Store.RecentRuns(10));
    }
}
