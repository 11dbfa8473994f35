using Khabar.Entities;
using Khabar.Model;

namespace Khabar.Web.Tests;

/// <summary>
/// An article whose entities carry hostile names, ids, aliases and roles (script tags, event handlers, markup that
/// closes its element or attribute, javascript: ids), as a tampered archive or a hostile page could give them. Any
/// script that ran would set <c>window.__pwned</c> or open a dialog.
/// </summary>
internal static class HostileEntities
{
    /// <summary>A word only this article holds.</summary>
    public const string Word = "نیشدار";

    public const string PersonId = "per:\"><script>window.__pwned='id'</script>";
    public const string PersonName = "<script>window.__pwned='entity'</script>هنیهٔ مهاجم\"><img src=x onerror=\"window.__pwned='name'\">";
    public const string PersonRole = "\"><img src=x onerror=\"window.__pwned='role'\">رئیس";
    public const string PersonAlias = "<svg onload=\"window.__pwned='alias'\"></svg>مهاجم";
    public const string OrgId = "javascript:window.__pwned='org'";
    public const string OrgName = "<b onmouseover=\"window.__pwned='orgname'\">گروه مهاجم</b>";
    public const string PlaceId = "loc:../../api/ingest?x=1";
    public const string PlaceName = "</title></style><a href=\"javascript:window.__pwned='place'\">شهر مهاجم</a>";

    /// <summary>The article, dated 1402/12/10 (a month the other test articles already fill).</summary>
    public static Article Article { get; } = new()
    {
        Title = $"{Word}: دیدار نام‌های مهاجم",
        Lead = $"خبری آزمایشی با نام‌های {Word}.",
        Paragraphs = [$"این خبر برای آزمودن نام‌های {Word} در صفحه‌ها ساخته شده است."],
        Agency = "مهاجم",
        Published = new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.FromHours(3.5)),
        Source = "hostile-entities",
        SourceId = "hostile-entities-1",
        Entities =
        [
            new EntityMention(PersonName, "PER", "title", 0, 5, PersonId, PersonName, PersonRole),
            new EntityMention(PersonAlias, "PER", "lead", 0, 5, PersonId, PersonName),
            new EntityMention(OrgName, "ORG", "lead", 6, 10, OrgId, OrgName),
            new EntityMention(PlaceName, "LOC", "paragraphs[0]", 0, 5, PlaceId, PlaceName),
        ],
    };
}
