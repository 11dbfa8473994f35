using Khabar.Archive.Search;
using Khabar.Entities.Linking;
using Khabar.Model;

namespace Khabar.Web.Ui;

/// <summary>
/// One entity: its name and type, how many articles name it, its other names and roles, articles naming it per Jalali
/// month (a chart), the entities named with it (links to their pages) and its newest articles (links to the reader).
/// </summary>
internal static class EntityPage
{
    public static IResult Render(EntityProfile profile, IReadOnlyList<(long Id, Article Article)> latest) => Layout.Page(profile.Entity.Name, html =>
    {
        var e = profile.Entity;
        html.Open("article", ("class", "reader entity"));
        html.Open("nav", ("class", "crumbs"), ("aria-label", "مسیر")).Element("a", "همهٔ نام‌ها", ("href", Links.Entities()))
            .Text(" ‹ ").Element("a", EntityNames.Plural(e.Type), ("href", Links.Entities(type: e.Type))).Close("nav");
        html.Raw("<header>").Element("p", EntityNames.Type(e.Type), ("class", "kicker")).Element("h1", e.Name);
        if (SeedEntities.EnglishOf(e.Id) is { } english)
        {
            html.Element("p", english, ("class", "english"), ("lang", "en"), ("dir", "ltr"));
        }

        html.Raw("<dl class=\"facts\"><div>").Element("dt", "خبرها").Raw("<dd>")
            .Element("a", Fa.Number(e.Articles) + " خبر", ("href", Links.EntityArticles(e.Id))).Raw("</dd></div><div>")
            .Element("dt", "شناسه").Element("dd", e.Id, ("dir", "ltr"), ("class", "id")).Raw("</div></dl></header>");

        Names(html, "نام‌های دیگر", "aliases", e.Aliases);
        Names(html, "سمت‌ها و عنوان‌ها", "roles", e.Roles);
        if (profile.Mentions.Count > 0)
        {
            AttentionChart.Write(html, profile.Mentions, p =>
            {
                var (from, to) = Fa.MonthBounds(p.Label);
                return Links.EntityArticles(e.Id, from, to);
            });
        }

        Related(html, profile.Related);
        Latest(html, e, latest);
        var api = "/api/entities/" + Uri.EscapeDataString(e.Id);
        html.Raw("<p class=\"formats\">").Text("داده: ").Element("a", "JSON", ("href", api), ("dir", "ltr")).Raw("</p>");
        html.Close("article");
    });

    private static void Names(Html html, string title, string kind, IReadOnlyList<FacetCount> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "names " + kind)).Element("h2", title).Raw("<ul class=\"tags\">");
        foreach (var name in names.Take(30))
        {
            html.Raw("<li>").Element("span", name.Value, ("class", "value")).Element("span", Fa.Number(name.Count), ("class", "count"), ("title", Fa.Number(name.Count) + " خبر"))
                .Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void Related(Html html, IReadOnlyList<EntityCount> related)
    {
        if (related.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "together")).Element("h2", "نام‌های همراه").Element("p", "نام‌هایی که بیش از همه در همان خبرها آمده‌اند؛ عدد: شمار خبرهای مشترک.", ("class", "note"))
            .Raw("<ul>");
        foreach (var other in related)
        {
            html.Raw("<li>").Open("a", ("href", Links.Entity(other.Entity.Id)))
                .Element("span", other.Entity.Name, ("class", "value")).Element("span", EntityNames.Type(other.Entity.Type), ("class", "type"))
                .Element("span", Fa.Number(other.Articles), ("class", "count")).Close("a").Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void Latest(Html html, KnownEntity e, IReadOnlyList<(long Id, Article Article)> latest)
    {
        if (latest.Count == 0)
        {
            return;
        }

        html.Element("h2", "تازه‌ترین خبرها").Raw("<ol class=\"timeline latest\">");
        foreach (var (id, a) in latest)
        {
            html.Raw("<li>");
            RelatedSection.Time(html, a.Published);
            html.Element("span", a.Agency ?? "خبرگزاری نامعلوم", ("class", "agency"))
                .Element("a", a.Title ?? "(بی‌عنوان)", ("href", Links.Article(id)), ("class", "title")).Raw("</li>");
        }

        html.Raw("</ol>");
        if (e.Articles > latest.Count)
        {
            html.Open("p", ("class", "more")).Element("a", $"همهٔ {Fa.Number(e.Articles)} خبر", ("href", Links.EntityArticles(e.Id)), ("class", "button")).Close("p");
        }
    }
}
