using System.ComponentModel;
using Khabar.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Khabar.Web.Api;

/// <summary>
/// <c>GET /api/articles/{id}/duplicates</c> (who else carried an article, and its story), <c>GET /api/stories</c>
/// and <c>GET /api/stories/{id}</c>.
/// </summary>
internal static class StoryApi
{
    /// <summary>The most stories one answer holds.</summary>
    public const int MaxLimit = 100;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/articles/{id:long}/duplicates", Duplicates).WithName("ArticleDuplicates")
            .WithSummary("Who else reported an article: the other members of its duplicate group (alsoReportedBy) and its story, when other reports tell the same event")
            .Produces<ArticleDuplicates>().ProducesProblem(404);
        api.MapGet("/stories", Stories).WithName("Stories")
            .WithSummary("Stories (one event reported by several articles within days), latest report first; with q, those with an article the query matches")
            .Produces<StoriesResult>().ProducesProblem(400);
        api.MapGet("/stories/{id:long}", Story).WithName("Story")
            .WithSummary("One story: its title, first report, agencies and the timeline of its reports")
            .Produces<StoryResult>().ProducesProblem(404);
    }

    private static IResult Duplicates(ArchiveHost host, long id)
    {
        using var lease = host.Lease();
        return Related.Of(lease, id) is { } related ? Results.Ok(related) : Problems.NotFound($"no article with id {id}");
    }

    private static IResult Stories(ArchiveHost host,
        [FromQuery(Name = "q"), Description("Only stories with an article this query matches (the query language of search)")] string? q = null,
        [Description("Only stories with at least this many reports (default 2)")] int minReports = 2,
        [Description("Stories to return, 1 to 100")] int limit = 20)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.BadRequest($"limit must be between 1 and {MaxLimit}");
        }

        if (minReports < 1)
        {
            return Problems.BadRequest("minReports must be 1 or more");
        }

        if ((q?.Length ?? 0) > SearchQuery.MaxQueryChars)
        {
            return Problems.BadRequest($"the query is longer than {SearchQuery.MaxQueryChars} characters");
        }

        using var lease = host.Lease();
        var (stories, error) = Related.Find(lease, q, minReports, limit);
        return stories is null
            ? Problems.BadRequest(error!)
            : Results.Ok(new StoriesResult(string.IsNullOrWhiteSpace(q) ? null : q, minReports, stories.Select(StorySummary.Of).ToList()));
    }

    private static IResult Story(ArchiveHost host, long id)
    {
        using var lease = host.Lease();
        return Related.Story(lease, id) is { } story ? Results.Ok(StoryResult.Of(story)) : Problems.NotFound($"no story with id {id}");
    }
}
