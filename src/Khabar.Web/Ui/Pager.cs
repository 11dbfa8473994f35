using Khabar.Archive.Search;

namespace Khabar.Web.Ui;

/// <summary>Page links: previous, a few numbers around the current page, next; never past the result window.</summary>
internal static class Pager
{
    public static void Write(Html html, SearchView view, long total)
    {
        var last = (int)Math.Min((total + view.PageSize - 1) / view.PageSize, ArchiveSearcher.MaxWindow / view.PageSize);
        if (last <= 1)
        {
            return;
        }

        html.Open("nav", ("class", "pager"), ("aria-label", "صفحه‌ها"));
        if (view.Page > 1)
        {
            html.Element("a", "→ قبلی", ("href", Links.Search(view.Query, view.Page - 1)), ("rel", "prev"));
        }

        foreach (var page in Enumerable.Range(Math.Max(1, view.Page - 3), 7).Where(p => p <= last))
        {
            html.Element("a", Fa.Number(page), ("href", Links.Search(view.Query, page)),
                ("aria-current", page == view.Page ? "page" : null), ("class", page == view.Page ? "current" : null));
        }

        if (view.Page < last)
        {
            html.Element("a", "بعدی ←", ("href", Links.Search(view.Query, view.Page + 1)), ("rel", "next"));
        }

        html.Close("nav");
    }
}
