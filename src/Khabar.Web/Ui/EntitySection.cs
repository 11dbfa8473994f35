using Khabar.Entities;

namespace Khabar.Web.Ui;

/// <summary>The reader's list of the entities an article names, by type, each a link to its page with the role written beside it.</summary>
internal static class EntitySection
{
    private static readonly string[] Order = ["PER", "ORG", "LOC", "FAC", "EVENT", "PRO"];

    public static void Write(Html html, IReadOnlyList<EntityMention> mentions)
    {
        var groups = ArticleEntity.Group(mentions).Where(e => Order.Contains(e.Type)).GroupBy(e => e.Type)
            .OrderBy(g => Array.IndexOf(Order, g.Key)).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "named"), ("aria-label", "نام‌ها در این خبر")).Element("h2", "نام‌ها در این خبر").Raw("<dl>");
        foreach (var group in groups)
        {
            html.Raw("<div>").Element("dt", EntityNames.Plural(group.Key)).Raw("<dd><ul>");
            foreach (var entity in group)
            {
                html.Raw("<li>").Element("a", entity.Name, ("href", Links.Entity(entity.Id)));
                if (entity.Roles.Count > 0)
                {
                    html.Element("span", string.Join("، ", entity.Roles), ("class", "role"));
                }

                html.Raw("</li>");
            }

            html.Raw("</ul></dd></div>");
        }

        html.Raw("</dl></section>");
    }
}
