using Khabar.Archive.Search;

namespace Khabar.Web.Ui;

/// <summary>The search page: the form, facet lists, attention over time, highlighted results and paging.</summary>
internal static class SearchPage
{
    public static IResult Render(SearchView view)
    {
        var title = string.IsNullOrWhiteSpace(view.Query.Q) ? "همهٔ خبرها" : "جستجوی " + view.Query.Q.Trim();
        return Layout.Page(title, html =>
        {
            SearchForm.Write(html, view);
            html.Raw("<div class=\"layout\">");
            SearchForm.Facets(html, view);
            html.Open("section", ("class", "results"), ("aria-live", "polite"));
            Results(html, view);
            html.Close("section").Raw("</div>");
        });
    }

    private static void Results(Html html, SearchView view)
    {
        if (view.Error is { } error)
        {
            html.Open("div", ("class", "notice error"), ("role", "alert")).Element("h2", "این جستجو را نمی‌توان اجرا کرد")
                .Element("p", "عبارت جستجو یا تاریخ‌ها را بررسی کنید. پیام بایگانی:")
                .Element("code", error, ("dir", "ltr"), ("lang", "en")).Close("div");
            return;
        }

        var response = view.Response!;
        if (response.Total == 0)
        {
            Empty(html, view);
            return;
        }

        var first = (view.Page - 1) * view.PageSize + 1;
        html.Open("p", ("class", "summary")).Element("strong", Fa.Number(response.Total)).Text(" خبر")
            .Text(response.Hits.Count > 0 ? $" · نمایش {Fa.Number(first)} تا {Fa.Number(first + response.Hits.Count - 1)}" : "")
            .Close("p");
        if (view.Months.Count > 0)
        {
            AttentionChart.Write(html, view.Months, p =>
            {
                var (from, to) = Fa.MonthBounds(p.Label);
                return Links.Search(view.Query with { From = from, To = to });
            });
        }

        html.Raw("<ol class=\"hits\">");
        foreach (var hit in response.Hits)
        {
            Hit(html, hit);
        }

        html.Raw("</ol>");
        Pager.Write(html, view, response.Total);
    }

    private static void Hit(Html html, SearchHit hit)
    {
        var a = hit.Article;
        html.Raw("<li><article class=\"hit\">");
        if (a.Kicker is { Length: > 0 } kicker)
        {
            html.Element("p", kicker, ("class", "kicker"));
        }

        html.Raw("<h2>").Element("a", a.Title ?? "(بی‌عنوان)", ("href", Links.Article(hit.Id))).Raw("</h2>");
        html.Raw("<p class=\"meta\">").Element("span", a.Agency ?? "خبرگزاری نامعلوم", ("class", "agency"));
        if (a.Desk is { Length: > 0 } desk)
        {
            html.Element("span", desk, ("class", "desk"));
        }

        if (a.Published is { } published)
        {
            html.Element("time", Fa.Date(published), ("datetime", published.ToString("o")));
        }

        html.Raw("</p><p class=\"snippet\">");
        foreach (var part in hit.Snippet)
        {
            if (part.Match)
            {
                html.Element("mark", part.Text);
            }
            else
            {
                html.Text(part.Text);
            }
        }

        html.Raw("</p></article></li>");
    }

    private static void Empty(Html html, SearchView view)
    {
        html.Open("div", ("class", "notice empty"));
        if (view.ArchiveArticles == 0)
        {
            html.Element("h2", "بایگانی هنوز خالی است")
                .Element("p", "برای افزودن خبر، این فرمان را اجرا کنید و صفحه را دوباره باز کنید:")
                .Element("code", "./khabar ingest samples/", ("dir", "ltr"));
        }
        else
        {
            html.Element("h2", "خبری با این جستجو پیدا نشد")
                .Element("p", "واژه‌های کمتر یا واژه‌های دیگری را بیازمایید، یا پالایه‌های خبرگزاری، گروه و تاریخ را بردارید.")
                .Element("a", "پاک کردن همهٔ پالایه‌ها", ("href", Links.Search(new Api.SearchQuery { Q = view.Query.Q })), ("class", "button"));
        }

        html.Close("div");
    }
}
