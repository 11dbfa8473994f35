using Khabar.Archive.Dedup.Stories;

namespace Khabar.Web.Ui;

/// <summary>
/// The list of stories, latest report first: events that several reports told within days, each with its title,
/// number of reports, agencies and dates; a query keeps the stories with an article it matches.
/// </summary>
internal static class StoriesPage
{
    public static IResult Render(string? query, IReadOnlyList<Story>? stories, string? error) =>
        Layout.Page(string.IsNullOrWhiteSpace(query) ? "رویدادها" : "رویدادهای " + query.Trim(), html =>
        {
            html.Open("form", ("class", "search"), ("action", "/stories"), ("method", "get"), ("role", "search"))
                .Raw("<div class=\"query-row\">")
                .Open("input", ("type", "search"), ("name", "q"), ("value", query), ("aria-label", "جستجو در رویدادها"), ("autocomplete", "off"),
                    ("placeholder", "رویدادهایی که خبری از آن‌ها با این جستجو جور است"))
                .Element("button", "جستجو", ("type", "submit"))
                .Raw("</div></form>");
            html.Open("section", ("class", "stories"));
            if (error is not null)
            {
                html.Open("div", ("class", "notice error"), ("role", "alert")).Element("h2", "این جستجو را نمی‌توان اجرا کرد")
                    .Element("code", error, ("dir", "ltr"), ("lang", "en")).Close("div");
            }
            else if (stories is null || stories.Count == 0)
            {
                html.Open("div", ("class", "notice empty")).Element("h2", "رویدادی پیدا نشد")
                    .Element("p", "رویداد یعنی خبری که دست‌کم دو گزارش در چند روز از آن گفته‌اند.").Close("div");
            }
            else
            {
                html.Element("p", "تازه‌ترین رویدادها: خبرهایی که چند گزارش، از یک یا چند رسانه، در چند روز از آن‌ها گفته‌اند.", ("class", "summary"));
                html.Raw("<ol class=\"hits\">");
                foreach (var story in stories)
                {
                    Item(html, story);
                }

                html.Raw("</ol>");
            }

            html.Close("section");
        });

    private static void Item(Html html, Story story)
    {
        html.Raw("<li><article class=\"hit\"><h2>").Element("a", story.Title ?? "(بی‌عنوان)", ("href", Links.Story(story.Id))).Raw("</h2>");
        html.Raw("<p class=\"meta\">").Element("span", Fa.Number(story.Timeline.Count) + " گزارش", ("class", "count"));
        html.Element("span", string.Join("، ", story.Agencies), ("class", "agency"));
        if (story.Timeline[0].Published is { } first)
        {
            var last = story.Timeline[^1].Published ?? first;
            html.Element("time", Fa.Date(first) == Fa.Date(last) ? Fa.Date(first) : $"{Fa.Date(first)} تا {Fa.Date(last)}", ("datetime", first.ToString("o")));
        }

        html.Raw("</p></article></li>");
    }
}
