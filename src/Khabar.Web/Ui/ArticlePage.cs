using Khabar.Model;
using Khabar.Persian.Text;
using Khabar.Web.Api;

namespace Khabar.Web.Ui;

/// <summary>
/// The reader: kicker, title, lead, date (Jalali and Gregorian), agency, desk, body, the people, organisations and
/// places it names (links to their pages), who else reported it and its story, tags and the source link.
/// </summary>
internal static class ArticlePage
{
    public static IResult Render(long id, Article a, ArticleDuplicates related) => Layout.Page(a.Title ?? "خبر", html =>
    {
        html.Open("article", ("class", "reader"));
        html.Open("nav", ("class", "crumbs"), ("aria-label", "مسیر")).Element("a", "همهٔ خبرها", ("href", "/"));
        if (a.Agency is { Length: > 0 } agency)
        {
            html.Text(" ‹ ").Element("a", agency, ("href", Links.Search(new SearchQuery { Agency = agency })));
        }

        if (a.Desk is { Length: > 0 } desk)
        {
            html.Text(" ‹ ").Element("a", desk, ("href", Links.Search(new SearchQuery { Agency = a.Agency, Desk = desk })));
        }

        html.Close("nav").Raw("<header>");
        if (a.Kicker is { Length: > 0 } kicker)
        {
            html.Element("p", kicker, ("class", "kicker"));
        }

        html.Element("h1", a.Title ?? "(بی‌عنوان)");
        if (a.Lead is { Length: > 0 } lead)
        {
            html.Element("p", lead, ("class", "lead"));
        }

        Meta(html, a);
        html.Raw("</header><div class=\"body\">");
        foreach (var paragraph in a.Paragraphs)
        {
            html.Element("p", paragraph);
        }

        html.Raw("</div>");
        EntitySection.Write(html, a.Entities);
        RelatedSection.Write(html, related);
        Footer(html, id, a);
        html.Close("article");
    });

    private static void Meta(Html html, Article a)
    {
        html.Raw("<dl class=\"facts\">");
        if (a.Published is { } published)
        {
            html.Raw("<div>").Element("dt", "تاریخ").Raw("<dd>").Element("time", Fa.DateTime(published), ("datetime", published.ToString("o")))
                .Element("span", Fa.Gregorian(published), ("class", "gregorian"), ("dir", "ltr"), ("lang", "en")).Raw("</dd></div>");
        }
        else if (a.PublishedText is { Length: > 0 } text)
        {
            Fact(html, "تاریخ", text);
        }

        Fact(html, "خبرگزاری", a.Agency);
        Fact(html, "گروه", a.Desk);
        Fact(html, "کد خبر", a.NewsId is null ? null : Digits.ToPersian(a.NewsId));
        html.Raw("</dl>");
    }

    private static void Fact(Html html, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            html.Raw("<div>").Element("dt", name).Element("dd", value).Raw("</div>");
        }
    }

    private static void Footer(Html html, long id, Article a)
    {
        html.Raw("<footer class=\"article-footer\">");
        if (a.Tags.Count > 0)
        {
            html.Open("ul", ("class", "tags"), ("aria-label", "برچسب‌ها"));
            foreach (var tag in a.Tags)
            {
                html.Raw("<li>").Element("a", tag, ("href", Links.Tag(tag))).Raw("</li>");
            }

            html.Close("ul");
        }

        html.Raw("<p class=\"source\">");
        if (Html.SafeUrl(a.Url) is { } url)
        {
            html.Text("منبع: ").Element("a", new Uri(url).Host, ("href", url), ("rel", "noopener noreferrer nofollow external"),
                ("referrerpolicy", "no-referrer"), ("dir", "ltr"), ("class", "external"));
        }
        else
        {
            // Not a link: a file's name (its folder is the server's business) or a URL that is not http(s).
            html.Text("منبع: ").Element("span", a.Url ?? Path.GetFileName(a.Source), ("dir", "ltr"), ("lang", "en"), ("class", "path"));
        }

        var api = "/api/articles/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        html.Raw("</p><p class=\"formats\">").Text("داده: ").Element("a", "JSON", ("href", api), ("dir", "ltr"))
            .Text(" · ").Element("a", "ninjs", ("href", api + "?format=ninjs"), ("dir", "ltr"))
            .Raw("</p></footer>");
    }
}
