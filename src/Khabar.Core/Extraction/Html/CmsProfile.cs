namespace Khabar.Extraction.Html;

/// <summary>
/// Where one CMS puts each part of an article, as CSS selectors tried in order. A profile applies when its
/// <see cref="Marker"/> is on the page and its body holds text.
/// </summary>
internal sealed record CmsProfile(string Name, string Marker)
{
    public string[] Title { get; init; } = ["h1"];

    public string[] Kicker { get; init; } = [];

    public string[] Lead { get; init; } = [];

    public string[] Body { get; init; } = [];

    /// <summary>Date elements; a <c>datetime</c> or <c>content</c> attribute wins over the element's text.</summary>
    public string[] Date { get; init; } = [];

    public string[] NewsId { get; init; } = [];

    /// <summary>Breadcrumb links; the last one that is not the home page is the desk.</summary>
    public string[] Desk { get; init; } = [];

    public string[] Tags { get; init; } = [];

    /// <summary>Body paragraphs that start with one of these are the CMS's notes, not the article.</summary>
    public string[] Notes { get; init; } = [];
}
