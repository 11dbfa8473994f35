namespace Khabar.Model;

/// <summary>One news article as Khabar understands it; immutable, changed with <c>with</c>.</summary>
public sealed record Article
{
    public string? Title { get; init; }

    /// <summary>The line above the headline (rutitr / overline).</summary>
    public string? Kicker { get; init; }

    public string? Lead { get; init; }

    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The publication instant with the UTC offset Tehran had on that day.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The publication date exactly as the page wrote it.</summary>
    public string? PublishedText { get; init; }

    public string? NewsId { get; init; }

    /// <summary>The agency's Persian name, e.g. برنا.</summary>
    public string? Agency { get; init; }

    /// <summary>A stable Latin code for the agency, e.g. borna.</summary>
    public string? AgencyId { get; init; }

    public string? Desk { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>People, organisations, places and other named entities, linked and with roles.</summary>
    public IReadOnlyList<Entities.EntityMention> Entities { get; init; } = [];

    public string Language { get; init; } = "fa";

    public string? Url { get; init; }

    /// <summary>The record's own id in the collection it came from (its id, else its URL, else its news code).</summary>
    public string? SourceId { get; init; }

    /// <summary>Where the article came from: a file path, <c>-</c> for standard input, or a URL.</summary>
    public required string Source { get; init; }
}
