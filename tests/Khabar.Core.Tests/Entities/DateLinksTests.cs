using Khabar.Entities;
using Khabar.Entities.Linking;
using Khabar.Model;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

/// <summary>Date mentions linked to the day, month or year they name.</summary>
public sealed class DateLinksTests
{
    private static readonly EntityStage Stage = new(ShippedModel.Get());

    // 1398/04/11 in Tehran.
    private static readonly DateTimeOffset Published = new(2019, 7, 2, 10, 0, 0, TimeSpan.FromHours(4.5));

    private static Article Paragraph(string text, DateTimeOffset? published) => new() { Source = "test", Published = published, Paragraphs = [text] };

    [SkippableFact]
    public void Years_written_either_way_are_one_entity_and_today_is_the_day_of_publication()
    {
        const string text = "سخنگوی دولت امروز در نشست خبری گفت بودجه سال ۹۸ از بودجه سال ۱۳۹۷ بیشتر است و اقتصاد جهان در سال ۲۰۱۹ کند شد.";
        var dated = Stage.Find(Paragraph(text, Published));
        var undated = Stage.Find(Paragraph(text, null));

        string? Id(IReadOnlyList<EntityMention> mentions, string written) =>
            Assert.Single(mentions, m => m.Type == "DAT" && m.Text == written).CanonicalId;

        Assert.Equal(("dat:1398", "dat:1397", "dat:2019"), (Id(dated, "سال ۹۸"), Id(dated, "سال ۱۳۹۷"), Id(dated, "سال ۲۰۱۹")));
        Assert.Equal(("dat:1398-04-11", "۱۱ تیر ۱۳۹۸"), (Id(dated, "امروز"), dated.Single(m => m.Text == "امروز").CanonicalName));
        Assert.Equal("dat:1398", Id(undated, "سال ۹۸"));
        Assert.Equal("dat:امروز", Id(undated, "امروز"));
        Assert.Equal(dated.Where(m => m.Type != "DAT"), undated.Where(m => m.Type != "DAT"));
    }

    [SkippableFact]
    public void An_archive_made_before_dates_were_linked_gets_them_when_linked_again()
    {
        var article = Stage.Process(Paragraph("قیمت نفت روز دوشنبه در سال ۲۰۱۹ به بالاترین رقم رسید.", Published));
        Assert.Contains(article.Entities, m => m.CanonicalId == "dat:2019");
        Assert.Contains(article.Entities, m => m.CanonicalId == "dat:1398-04-10");

        // As an earlier version stored it: each date by its own words.
        var stale = article with
        {
            Entities = [.. article.Entities.Select(m => m.Type == "DAT" ? m with { CanonicalId = "dat:" + m.Text.Replace(' ', '_'), CanonicalName = m.Text } : m)],
        };

        Assert.Equal(article.Entities, StoredMentions.AsLinkedNow(stale));
        Assert.Same(article.Entities, DateLinks.Apply(article.Entities, Published));
    }
}
