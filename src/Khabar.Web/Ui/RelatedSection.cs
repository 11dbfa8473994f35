using Khabar.Web.Api;

namespace Khabar.Web.Ui;

/// <summary>
/// The reader's "also reported by" section: the other copies of the article's text, each with its agency, Jalali
/// date and a link, and the story it belongs to when other reports tell the same event.
/// </summary>
internal static class RelatedSection
{
    public static void Write(Html html, ArticleDuplicates related)
    {
        if (related.AlsoReportedBy.Count == 0 && related.Story is null)
        {
            return;
        }

        html.Open("section", ("class", "related"), ("aria-label", "گزارش‌های دیگر"));
        if (related.AlsoReportedBy.Count > 0)
        {
            html.Element("h2", "همین خبر در رسانه‌های دیگر").Open("ul", ("class", "copies"));
            foreach (var report in related.AlsoReportedBy)
            {
                html.Raw("<li>").Element("a", report.Agency ?? "خبرگزاری نامعلوم", ("href", Links.Article(report.Id)), ("class", "agency"));
                Time(html, report.Published);
                if (report.Id == related.Canonical)
                {
                    html.Element("span", "نخستین انتشار", ("class", "badge"));
                }

                html.Element("span", report.Title ?? "(بی‌عنوان)", ("class", "title")).Raw("</li>");
            }

            html.Close("ul");
        }

        if (related.Story is { } story)
        {
            html.Element("h2", "رویداد").Open("p", ("class", "story-link"))
                .Text("این خبر یکی از ").Element("strong", Fa.Number(story.Reports)).Text(" گزارش رویداد ")
                .Element("a", story.Title ?? "(بی‌عنوان)", ("href", Links.Story(story.Id)))
                .Text(" است، از " + string.Join("، ", story.Agencies) + ".")
                .Close("p");
        }

        html.Close("section");
    }

    /// <summary>A report's date as a Persian reader expects it, or nothing.</summary>
    public static void Time(Html html, DateTimeOffset? published)
    {
        if (published is { } p)
        {
            html.Element("time", Fa.DateTime(p), ("datetime", p.ToString("o")));
        }
    }
}
