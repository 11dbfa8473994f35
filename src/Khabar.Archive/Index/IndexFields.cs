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

    /// <summary>Any named entity, by canonical name, canonical id or any way the article wrote it.</summary>
    public const string Entity = "entity";
    public const string Person = "person";
    public const string Organisation = "org";
    public const string Place = "place";

    /// <summary>The aliases and roles each entity has in an article (doc values only, see <c>EntityValue</c>).</summary>
    public const string EntityAbout = "entity_about";

    /// <summary>The entity field for a type: PER → person, ORG → org, LOC and FAC → place; others only entity.</summary>
    public static string? ForEntityType(string type) => type switch
    {
        "PER" => Person,
        "ORG" => Organisation,
        "LOC" or "FAC" => Place,
        _ => null,
    };

    /// <summary>The doc-values field that holds the display value of a facet or sort field.</summary>
    public static string Values(string field) => field + "_dv";
}
