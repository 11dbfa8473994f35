namespace Khabar.Archive.Index;

/// <summary>The names of the index's fields; one place, so writer, queries and facets agree.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    public const string Agency = "agency";
    public const string Desk = "desk";
    public const string Tag = "tag";
    public const string Month = "month";
    public const string Published = "published";

    /// <summary>The doc-values field that holds the display value of a facet or sort field.</summary>
    public static string Values(string field) => field + "_dv";
}
