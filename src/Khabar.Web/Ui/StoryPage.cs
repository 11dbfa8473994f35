using Khabar.Archive.Dedup.Stories;

namespace Khabar.Web.Ui;

/// <summary>One story: the first report's title, the first report, the agencies, and every report on a timeline.</summary>
internal static class StoryPage
{
    public static IResult Render(Story story) => Layout.Page(story.Title ?? "رویداد", html =>
    {
        html.Open("article", ("class", "reader story"));
        html.Open("nav", ("class", "crumbs"), ("aria-label", "مسیر")).Element("a", "همهٔ رویدادها", ("href", Links.Stories())).Close("nav");
        html.Raw("<header>").Element("p", "رویداد", ("class", "kicker")).Element("h1", story.Title ?? "(بی‌عنوان)");
        html.Raw("<dl class=\"facts\"><div>").Element("dt", "نخستین گزارش").Raw("<dd>");
        var first = story.Timeline[0];
        html.Element("a", first.Agency ?? "خبرگزاری نامعلوم", ("href", Links.Article(first.Id)));
        if (first.Published is { } published)
        {
            html.Text("، ").Element("time", Fa.DateTime(published), ("datetime", published.ToString("o")));
        }

        html.Raw("</dd></div><div>").Element("dt", "گزارش‌ها").Element("dd", Fa.Number(story.Timeline.Count))
            .Raw("</div><div>").Element("dt", "رسانه‌ها").Element("dd", string.Join("، ", story.Agencies))
            .Raw("</div></dl></header>");

        html.Element("h2", "گاه‌شمار گزارش‌ها").Raw("<ol class=\"timeline\">");
        foreach (var report in story.Timeline)
        {
            html.Raw("<li>");
            RelatedSection.Time(html, report.Published);
            html.Element("span", report.Agency ?? "خبرگزاری نامعلوم", ("class", "agency"))
                .Element("a", report.Title ?? "(بی‌عنوان)", ("href", Links.Article(report.Id)), ("class", "title"));
            if (report.CopyOf is { } original)
            {
                html.Element("a", "رونوشت", ("href", Links.Article(original)), ("class", "badge"), ("title", "رونوشت گزارشی دیگر: متن اصلی"));
            }

            html.Raw("</li>");
        }

        html.Raw("</ol>");
        var api = "/api/stories/" + story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        html.Raw("<p class=\"formats\">").Text("داده: ").Element("a", "JSON", ("href", api), ("dir", "ltr")).Raw("</p>");
        html.Close("article");
    });
}
