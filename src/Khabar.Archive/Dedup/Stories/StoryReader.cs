using Khabar.Archive.Store;

namespace Khabar.Archive.Dedup.Stories;

/// <summary>Reads stories as people see them: title, first report, agencies and timeline, from the article store.</summary>
public sealed class StoryReader(IStoryStore stories, IDuplicateStore duplicates, IArticleStore articles)
{
    /// <summary>The story with this id (any member's id finds its story), or null.</summary>
    public Story? Get(long id)
    {
        if (stories.StoryOf(id) is not { } story)
        {
            return null;
        }

        var timeline = new List<StoryReport>();
        foreach (var member in stories.Members(story))
        {
            if (articles.Get(member)?.Article is { } a)
            {
                var group = duplicates.GroupOf(member)?.Canonical ?? member;
                timeline.Add(new StoryReport(member, a.Agency, a.Published, a.Title, group == member ? null : group));
            }
        }

        if (timeline.Count == 0)
        {
            return null;
        }

        var agencies = timeline.Select(r => r.Agency).OfType<string>().Distinct().ToList();
        return new Story(story, timeline[0].Title, timeline[0].Id, agencies, timeline);
    }

    /// <summary>The latest stories reported by at least <paramref name="minReports"/> articles.</summary>
    public IEnumerable<Story> Latest(int minReports, int limit) =>
        stories.Latest(minReports, limit).Select(Get).OfType<Story>();

    /// <summary>The stories the articles belong to, each once, in the order of their first matching article.</summary>
    public IEnumerable<Story> Of(IEnumerable<long> ids, int limit) =>
        ids.Select(stories.StoryOf).OfType<long>().Distinct().Take(limit).Select(Get).OfType<Story>();
}

/// <summary>An event as several reports tell it: the first report's title, the agencies, and the reports in time order.</summary>
public sealed record Story(long Id, string? Title, long FirstReport, IReadOnlyList<string> Agencies, IReadOnlyList<StoryReport> Timeline);

/// <summary>One report of a story; <see cref="CopyOf"/> is the canonical article when the report is a duplicate.</summary>
public sealed record StoryReport(long Id, string? Agency, DateTimeOffset? Published, string? Title, long? CopyOf);
