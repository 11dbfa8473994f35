using Khabar.Web.Api;

namespace Khabar.Bench.Web;

/// <summary>The searches the load cycles through: words, a phrase, boolean, fields, filters and date order.</summary>
internal static class Searches
{
    public static readonly IReadOnlyList<SearchQuery> All =
    [
        new() { Q = "ایران" },
        new() { Q = "تهران" },
        new() { Q = "مجلس" },
        new() { Q = "فوتبال" },
        new() { Q = "قیمت نفت" },
        new() { Q = "\"شورای امنیت\"" },
        new() { Q = "آمریکا AND تحریم" },
        new() { Q = "دولت NOT مجلس" },
        new() { Q = "انتخابات", Sort = "date" },
        new() { Q = "اقتصاد", Agency = "ایسنا" },
        new() { Q = "ورزش", From = "1398/01/01", To = "1399/12/29" },
        new() { Sort = "date" },
    ];

    /// <summary>The query string of a search, escaped.</summary>
    public static string QueryString(this SearchQuery s) => string.Join('&',
        new[] { ("q", s.Q), ("agency", s.Agency), ("from", s.From), ("to", s.To), ("sort", s.Sort) }
            .Where(p => p.Item2 is not null).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
}
