using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>Elements that are never article text: scripts, forms, navigation, share bars, comments, related news, ads.</summary>
internal static class Junk
{
    private static readonly HashSet<string> Tags =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button",
        "input", "select", "textarea", "nav", "aside", "footer", "menu", "label", "figcaption", "video", "audio", "head",
    ];

    // Whole class or id words, compared after lower-casing and splitting on '-', '_' and spaces.
    private static readonly HashSet<string> Words =
    [
        "ad", "ads", "adv", "tag", "tags", "nav", "menu", "print", "poll", "widget", "promo", "tools", "toolbar",
        "rating", "rate", "share", "social", "comment", "comments", "related", "sidebar", "footer", "breadcrumb",
        "breadcrumbs", "banner", "sponsor", "sponsored", "newsletter", "subscribe", "popular", "keywords", "hidden",
        "cookie", "modal", "login", "signup", "author-box", "more", "also", "links", "services", "nav_bar", "news_nav",
        "meta", "metadata", "byline", "caption", "credit",
    ];

    // Prefixes of class or id words: "relatedNews", "shareBox", "commentsList", "advertisement".
    private static readonly string[] Prefixes =
    [
        "comment", "related", "share", "sharing", "social", "advert", "sidebar", "breadcrumb", "newsletter", "sponsor",
        "banner", "popular", "mostvisited", "most-visited", "morenews", "readmore", "read-more", "tagcloud", "taglist",
    ];

    /// <summary>True when the element and everything in it is page furniture.</summary>
    public static bool IsJunk(IElement element)
    {
        if (Tags.Contains(element.LocalName))
        {
            return true;
        }

        // One pass over the attributes (the parser keeps the first of a repeated name, as reading by name does).
        string? style = null, itemprop = null, classes = null, id = null, ariaHidden = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "hidden":
                    return true;
                case "aria-hidden":
                    ariaHidden ??= attribute.Value;
                    break;
                case "style":
                    style ??= attribute.Value;
                    break;
                case "itemprop":
                    itemprop ??= attribute.Value;
                    break;
                case "class":
                    classes ??= attribute.Value;
                    break;
                case "id":
                    id ??= attribute.Value;
                    break;
            }
        }

        if (ariaHidden == "true" || style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Schema.org blocks that repeat the publisher, logo and image URLs as text.
        if (itemprop is "publisher" or "image" or "logo" or "author" or "associatedMedia")
        {
            return true;
        }

        return HasJunkName(classes) || HasJunkName(id);
    }

    // Pages repeat the same class values hundreds of times; the answer for each is remembered (bounded).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Known = new(StringComparer.Ordinal);

    /// <summary>True when a class or id value names furniture.</summary>
    public static bool HasJunkName(string? names)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 300)
        {
            return false;
        }

        if (Known.TryGetValue(names, out var known))
        {
            return known;
        }

        var junk = Judge(names);
        if (Known.Count < 50_000)
        {
            Known[names] = junk;
        }

        return junk;
    }

    private static bool Judge(string names)
    {
        foreach (var raw in names.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = raw.ToLowerInvariant();
            if (Words.Contains(name) || Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            {
                return true;
            }

            foreach (var part in name.Split(['-', '_']))
            {
                if (part.Length > 0 && Words.Contains(part) && part is not ("more" or "also" or "links" or "services" or "tools" or "hidden"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
