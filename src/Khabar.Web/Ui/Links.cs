using System.Globalization;
using Khabar.Web.Api;

namespace Khabar.Web.Ui;

/// <summary>The app's own URLs; every value in them is escaped.</summary>
internal static class Links
{
    /// <summary>The search page for the query, at a page number.</summary>
    public static string Search(SearchQuery query, int page = 1)
    {
        var pairs = new (string Name, string? Value)[]
        {
            ("q", query.Q), ("agency", query.Agency), ("desk", query.Desk), ("from", query.From), ("to", query.To),
            ("sort", query.Sort), ("collapse", query.Collapse == true ? "true" : null), ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        };
        var text = string.Join('&', pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!.Trim())));
        return text.Length == 0 ? "/" : "/?" + text;
    }

    /// <summary>The reader page of an article.</summary>
    public static string Article(long id) => "/article/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page of a story.</summary>
    public static string Story(long id) => "/stories/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The list of stories, filtered by a query.</summary>
    public static string Stories(string? query = null) =>
        string.IsNullOrWhiteSpace(query) ? "/stories" : "/stories?q=" + Uri.EscapeDataString(query.Trim());

    /// <summary>The page of an entity.</summary>
    public static string Entity(string id) => "/entities/" + Uri.EscapeDataString(id);

    /// <summary>The list of entities, filtered by part of a name and a type, at a page number.</summary>
    public static string Entities(string? query = null, string? type = null, int page = 1)
    {
        var pairs = new (string Name, string? Value)[] { ("q", query), ("type", type), ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null) };
        var text = string.Join('&', pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!.Trim())));
        return text.Length == 0 ? "/entities" : "/entities?" + text;
    }

    /// <summary>The search for the articles that name an entity, newest first, within optional Jalali dates.</summary>
    public static string EntityArticles(string id, string? from = null, string? to = null) =>
        Search(new SearchQuery { Q = "entity:" + SearchQuery.Term(id), Sort = "date", From = from, To = to });

    /// <summary>The search for articles with a tag.</summary>
    public static string Tag(string tag) => Search(new SearchQuery { Q = "tag:" + SearchQuery.Term(tag) });
}
