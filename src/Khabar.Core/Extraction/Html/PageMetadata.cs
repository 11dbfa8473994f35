namespace Khabar.Extraction.Html;

/// <summary>What a page says about itself in its head: OpenGraph, article and nastooh metas, JSON-LD.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }

    public string? Headline { get; init; }

    public string? SiteName { get; init; }

    public string? Description { get; init; }

    /// <summary>The publication date as the page wrote it in metadata, most trusted source first.</summary>
    public IReadOnlyList<string> Published { get; init; } = [];

    public string? Section { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? NewsId { get; init; }

    public string? Url { get; init; }

    public string? Author { get; init; }
}
