using Khabar.Archive.Search;
using Khabar.Web.Api;

namespace Khabar.Web.Ui;

/// <summary>The search box with its filters, and the facet lists beside the results.</summary>
internal static class SearchForm
{
    public static void Write(Html html, SearchView view)
    {
        var q = view.Query;
        html.Open("form", ("class", "search"), ("action", "/"), ("method", "get"), ("role", "search"))
            .Raw("<div class=\"query-row\">")
            .Open("input", ("type", "search"), ("name", "q"), ("value", q.Q), ("aria-label", "جستجو"), ("autocomplete", "off"),
                ("placeholder", "جستجو در خبرها، مثلاً: \"شورای امنیت\" AND NOT تحریم"))
            .Element("button", "جستجو", ("type", "submit"))
            .Raw("</div><div class=\"filters\">");
        Select(html, "agency", "خبرگزاری", "همهٔ خبرگزاری‌ها", view.ChosenAgency, view.Agencies);
        Select(html, "desk", "گروه خبری", "همهٔ گروه‌ها", q.Desk, view.Desks);
        DateInput(html, "from", "از تاریخ", q.From);
        DateInput(html, "to", "تا تاریخ", q.To);
        html.Raw("<label>").Element("span", "ترتیب").Open("select", ("name", "sort"))
            .Element("option", "پیش‌فرض", ("value", ""))
            .Element("option", "مرتبط‌ترین", ("value", "relevance"), ("selected", q.Sort == "relevance" ? "" : null))
            .Element("option", "تازه‌ترین", ("value", "date"), ("selected", q.Sort == "date" ? "" : null))
            .Raw("</select></label>")
            .Open("label", ("class", "check")).Open("input", ("type", "checkbox"), ("name", "collapse"), ("value", "true"),
                ("checked", q.Collapse == true ? "" : null)).Element("span", "یک خبر از هر گروه رونوشت").Close("label")
            .Raw("</div></form>");
    }

    /// <summary>The entity facets the side column lists, headed by the names of these types: people, organisations, places.</summary>
    public static readonly string[] EntityFacets = ["person", "org", "place"];

    /// <summary>The facet lists: each value a link that adds it as a filter, the chosen one a link that removes it.</summary>
    public static void Facets(Html html, SearchView view)
    {
        html.Open("aside", ("class", "facets"), ("aria-label", "پالایش"));
        Facet(html, "خبرگزاری‌ها", view.Agencies, view.ChosenAgency, v => view.Query with { Agency = v });
        Facet(html, "گروه‌های خبری", view.Desks, view.Query.Desk, v => view.Query with { Desk = v });
        foreach (var (facet, type) in EntityFacets.Zip(["PER", "ORG", "LOC"]))
        {
            EntityFacet(html, type, view.Entities.GetValueOrDefault(facet) ?? []);
        }

        html.Close("aside");
    }

    // The entities the results name most, each a link to its page.
    private static void EntityFacet(Html html, string type, IReadOnlyList<NamedEntity> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "facet entities")).Element("h2", EntityNames.Plural(type)).Raw("<ul>");
        foreach (var count in counts)
        {
            html.Raw("<li>").Open("a", ("href", Links.Entity(count.Id)), ("title", "صفحهٔ " + count.Name))
                .Element("span", count.Name, ("class", "value")).Element("span", Fa.Number(count.Articles), ("class", "count"))
                .Close("a").Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void Facet(Html html, string title, IReadOnlyList<FacetCount> counts, string? chosen, Func<string?, SearchQuery> with)
    {
        if (counts.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "facet")).Element("h2", title).Raw("<ul>");
        foreach (var count in counts.Take(12))
        {
            var selected = string.Equals(count.Value, chosen?.Trim(), StringComparison.Ordinal);
            html.Raw("<li>").Open("a", ("href", Links.Search(with(selected ? null : count.Value))), ("class", selected ? "chosen" : null),
                    ("aria-current", selected ? "true" : null))
                .Element("span", count.Value, ("class", "value")).Element("span", Fa.Number(count.Count), ("class", "count"))
                .Close("a").Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void Select(Html html, string name, string label, string all, string? chosen, IReadOnlyList<FacetCount> counts)
    {
        html.Raw("<label>").Element("span", label).Open("select", ("name", name)).Element("option", all, ("value", ""));
        var values = counts.Select(c => (c.Value, Text: $"{c.Value} ({Fa.Number(c.Count)})")).ToList();
        if (!string.IsNullOrWhiteSpace(chosen) && values.All(v => v.Value != chosen.Trim()))
        {
            values.Insert(0, (chosen.Trim(), chosen.Trim()));
        }

        foreach (var (value, text) in values)
        {
            html.Element("option", text, ("value", value), ("selected", value == chosen?.Trim() ? "" : null));
        }

        html.Raw("</select></label>");
    }

    private static void DateInput(Html html, string name, string label, string? value) =>
        html.Raw("<label>").Element("span", label)
            .Open("input", ("type", "text"), ("name", name), ("value", value), ("placeholder", "۱۴۰۳/۰۱/۰۱"), ("inputmode", "numeric"),
                ("dir", "ltr"), ("class", "date"), ("maxlength", "40"))
            .Raw("</label>");
}
