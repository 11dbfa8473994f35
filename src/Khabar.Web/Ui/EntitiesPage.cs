using Khabar.Archive.Search;
using Khabar.Web.Api;

namespace Khabar.Web.Ui;

/// <summary>
/// The entities the archive names, most named first: a filter by part of a name and by type, then each entity with
/// its type, article count and other names, a link to its page; paging.
/// </summary>
internal static class EntitiesPage
{
    public const int PageSize = 50;

    /// <summary>The page; <paramref name="unindexed"/> when the archive has articles but its index no entity values (indexed before them).</summary>
    public static IResult Render(string? query, string? type, int page, (int Total, IReadOnlyList<KnownEntity> Entities)? found, string? error,
        bool unindexed = false) =>
        Layout.Page(string.IsNullOrWhiteSpace(query) ? "نام‌ها" : "نام‌های " + query.Trim(), html =>
        {
            html.Open("form", ("class", "search"), ("action", "/entities"), ("method", "get"), ("role", "search"))
                .Raw("<div class=\"query-row\">")
                .Open("input", ("type", "search"), ("name", "q"), ("value", query), ("aria-label", "جستجوی نام"), ("autocomplete", "off"),
                    ("placeholder", "بخشی از نام: شخص، سازمان یا مکان"))
                .Raw("<select name=\"type\" aria-label=\"گونه\">").Element("option", "همهٔ گونه‌ها", ("value", ""));
            foreach (var known in EntityTypeFilter.Known)
            {
                html.Element("option", EntityNames.Plural(known), ("value", known), ("selected", string.Equals(type?.Trim(), known, StringComparison.OrdinalIgnoreCase) ? "" : null));
            }

            html.Raw("</select>").Element("button", "نمایش", ("type", "submit")).Raw("</div></form>");
            html.Open("section", ("class", "entities"));
            if (error is not null)
            {
                html.Open("div", ("class", "notice error"), ("role", "alert")).Element("h2", "این فهرست را نمی‌توان ساخت")
                    .Element("code", error, ("dir", "ltr"), ("lang", "en")).Close("div");
            }
            else if (unindexed)
            {
                html.Open("div", ("class", "notice empty")).Element("h2", "نام‌های این بایگانی هنوز در نمایه نیست")
                    .Element("p", "این بایگانی پیش از صفحه‌های نام نمایه شده است. برای ساختن دوبارهٔ نمایه، این فرمان را اجرا کنید:")
                    .Element("code", "./khabar reindex", ("dir", "ltr")).Close("div");
            }
            else if (found is not { Total: > 0 } result)
            {
                html.Open("div", ("class", "notice empty")).Element("h2", "نامی پیدا نشد")
                    .Element("p", "بخش کوتاه‌تری از نام را بیازمایید یا گونه را بردارید.").Close("div");
            }
            else
            {
                var first = (page - 1) * PageSize + 1;
                html.Open("p", ("class", "summary")).Element("strong", Fa.Number(result.Total)).Text(" نام")
                    .Text(result.Entities.Count > 0 ? $" · نمایش {Fa.Number(first)} تا {Fa.Number(first + result.Entities.Count - 1)}" : "").Close("p");
                html.Raw("<ol class=\"entity-list\">");
                foreach (var entity in result.Entities)
                {
                    Item(html, entity);
                }

                html.Raw("</ol>");
                Pages(html, query, type, page, result.Total);
            }

            html.Close("section");
        });

    private static void Item(Html html, KnownEntity e)
    {
        html.Raw("<li>").Element("a", e.Name, ("href", Links.Entity(e.Id)), ("class", "name"))
            .Element("span", EntityNames.Type(e.Type), ("class", "type"))
            .Element("span", Fa.Number(e.Articles) + " خبر", ("class", "count"));
        if (e.Aliases.Count > 0)
        {
            html.Element("span", string.Join("، ", e.Aliases.Take(EntitySummary.AliasesShown).Select(a => a.Value)), ("class", "aliases"));
        }

        html.Raw("</li>");
    }

    private static void Pages(Html html, string? query, string? type, int page, int total)
    {
        var last = Math.Min((total + PageSize - 1) / PageSize, EntityApi.MaxWindow / PageSize);
        if (last <= 1)
        {
            return;
        }

        html.Open("nav", ("class", "pager"), ("aria-label", "صفحه‌ها"));
        if (page > 1)
        {
            html.Element("a", "→ قبلی", ("href", Links.Entities(query, type, page - 1)), ("rel", "prev"));
        }

        html.Element("a", Fa.Number(page), ("href", Links.Entities(query, type, page)), ("aria-current", "page"), ("class", "current"));
        if (page < last)
        {
            html.Element("a", "بعدی ←", ("href", Links.Entities(query, type, page + 1)), ("rel", "next"));
        }

        html.Close("nav");
    }
}
