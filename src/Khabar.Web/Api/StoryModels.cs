using Khabar.Archive.Dedup.Stories;
using Khabar.Model;
using Khabar.Persian.Dates;

namespace Khabar.Web.Api;

/// <summary>One report of an event: the article's id, title, agency and date; <see cref="CopyOf"/> when it is a copy.</summary>
public sealed record ReportSummary(long Id, string? Title, string? Agency, DateTimeOffset? Published, string? PublishedJalali, long? CopyOf)
{
    /// <summary>The summary of an archived article.</summary>
    public static ReportSummary Of(long id, Article a, long? copyOf = null) => new(id, a.Title, a.Agency, a.Published, Jalali(a.Published), copyOf);

    /// <summary>The summary of a report on a story's timeline.</summary>
    public static ReportSummary Of(StoryReport r) => new(r.Id, r.Title, r.Agency, r.Published, Jalali(r.Published), r.CopyOf);

    private static string? Jalali(DateTimeOffset? published) => published is { } p ? JalaliFormat.Date(p, persianDigits: false) : null;
}

/// <summary>
/// Who else carried an article: the other members of its duplicate group (the canonical first), and the story it
/// belongs to when other reports tell the same event.
/// </summary>
public sealed record ArticleDuplicates(long Id, long Canonical, IReadOnlyList<ReportSummary> AlsoReportedBy, StorySummary? Story);

/// <summary>A story in a list: its first report's title, how many reports, which agencies, first and latest date.</summary>
public sealed record StorySummary(long Id, string? Title, long FirstReport, int Reports, IReadOnlyList<string> Agencies,
    DateTimeOffset? First, DateTimeOffset? Latest)
{
    /// <summary>The summary of a story.</summary>
    public static StorySummary Of(Story s) => new(s.Id, s.Title, s.FirstReport, s.Timeline.Count, s.Agencies,
        s.Timeline[0].Published, s.Timeline[^1].Published);
}

/// <summary>A story with its timeline, oldest report first.</summary>
public sealed record StoryResult(long Id, string? Title, long FirstReport, IReadOnlyList<string> Agencies, IReadOnlyList<ReportSummary> Timeline)
{
    /// <summary>The story as the API gives it.</summary>
    public static StoryResult Of(Story s) => new(s.Id, s.Title, s.FirstReport, s.Agencies, s.Timeline.Select(ReportSummary.Of).ToList());
}

/// <summary>Stories, latest report first.</summary>
public sealed record StoriesResult(string? Query, int MinReports, IReadOnlyList<StorySummary> Stories);
