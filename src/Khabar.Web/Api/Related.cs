using Khabar.Archive.Dedup.Stories;
using Khabar.Archive.Search;
using Khabar.Web.Hosting;

namespace Khabar.Web.Api;

/// <summary>Duplicate groups and stories as the API and the pages show them, read through one lease.</summary>
internal static class Related
{
    /// <summary>How many matching articles a story search looks at, newest first.</summary>
    public const int SearchDepth = 200;

    /// <summary>The other members of the article's group and its story (when it has other reports), or null for no article.</summary>
    public static ArticleDuplicates? Of(ArchiveLease lease, long id)
    {
        if (lease.Store.Get(id) is null)
        {
            return null;
        }

        var group = lease.Duplicates.GroupOf(id);
        var canonical = group?.Canonical ?? id;
        var others = new List<ReportSummary>();
        foreach (var member in group?.Members ?? [])
        {
            if (member != id && lease.Store.Get(member)?.Article is { } a)
            {
                others.Add(ReportSummary.Of(member, a, member == canonical ? null : canonical));
            }
        }

        var story = lease.Stories.Get(id);
        return new ArticleDuplicates(id, canonical, others, story is { Timeline.Count: > 1 } ? StorySummary.Of(story) : null);
    }

    /// <summary>The story with this id, or null. A story's id is its founding article's; it is found through any member.</summary>
    public static Story? Story(ArchiveLease lease, long id) =>
        lease.StoryStore.Members(id) is [var first, ..] && lease.Stories.Get(first) is { } story && story.Id == id ? story : null;

    /// <summary>
    /// Stories of at least <paramref name="minReports"/> reports, latest first; with a query, those with an article it
    /// matches (among the newest <see cref="SearchDepth"/> matches), in the order of their newest match.
    /// </summary>
    public static (IReadOnlyList<Story>? Stories, string? Error) Find(ArchiveLease lease, string? query, int minReports, int limit)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return (lease.Stories.Latest(minReports, limit).ToList(), null);
        }

        var (response, error) = lease.Searcher.Search(new SearchRequest(query)
        {
            Sort = SearchSort.Date, Limit = SearchDepth, Snippets = false,
        });
        return response is null
            ? (null, error)
            : (lease.Stories.Of(response.Hits.Select(h => h.Id), int.MaxValue).Where(s => s.Timeline.Count >= minReports).Take(limit).ToList(), null);
    }
}
