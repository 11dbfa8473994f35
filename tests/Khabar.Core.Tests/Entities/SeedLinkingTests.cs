using Khabar.Entities;
using Khabar.Model;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

/// <summary>Names the seed list gives one entity: clubs by their nicknames, a person by his epithet.</summary>
public sealed class SeedLinkingTests
{
    private static readonly EntityStage Stage = new(ShippedModel.Get());

    [Theory]
    // Varzesh3 sentences: a club by its nickname is the club its full name is.
    [InlineData("ما بهتر می شویم و بهبود یافته و بعد از شکست این مشکلات مقابل یووه و بارسا باید قوی تر برگردیم.", "org:juventus", "org:barcelona")]
    [InlineData("او درست از ابتدای جدایی اش از یووه و پیوستنش به منچستریونایتد در سال 2016، تمایل زیادی به بازگشت به جمع بیانکونری ها داشت.", "org:juventus", "org:manchester-united")]
    [InlineData("رئال با تساوی خانگی برابر یوونتوس نتوانست به فینال راه یابد و یووه با شایستگی تمام، حریف بارسا در فینال برلین خواهد بود.", "org:real-madrid", "org:juventus")]
    public void A_club_abroad_is_one_entity_by_its_full_name_or_its_nickname(string sentence, string first, string second)
    {
        var mentions = Stage.Find(new Article { Source = "test", Paragraphs = [sentence] });
        var summary = string.Join(" / ", mentions.Select(m => $"{m.Text} {m.Type} {m.CanonicalId}"));
        Assert.True(mentions.Any(m => m.CanonicalId == first), summary);
        Assert.True(mentions.Any(m => m.CanonicalId == second), summary);
        Assert.All(mentions.Where(m => m.Text is "یووه" or "یوونتوس"), m => Assert.Equal("org:juventus", m.CanonicalId));
    }

    [Fact]
    public void A_city_that_names_a_club_stays_a_place()
    {
        var mentions = Stage.Find(new Article { Source = "test", Paragraphs = ["فینال لیگ قهرمانان اروپا امسال در شهر بارسلونا برگزار می‌شود."] });
        Assert.DoesNotContain(mentions, m => m.CanonicalId == "org:barcelona");
    }
    [Fact]
    public void Khomeini_is_one_person_by_his_name_his_epithet_or_a_bare_title_after_it()
    {
        // An ISNA article: امام خمینی (ره), امام راحل and امام (ره) name one man.
        var article = new Article
        {
            Source = "test",
            Title = "تجدید میثاق مسئولان عالی قضایی با آرمان‌های امام راحل",
            Paragraphs =
            [
                "رییس قوه قضاییه و مسئولان عالی قضایی با حضور در مرقد مطهر بنیانگذار انقلاب اسلامی، با آرمان‌های امام خمینی (ره) تجدید بیعت کردند.",
                "به گزارش ایسنا، در اولین روز از هفته قوه قضائیه، آیت الله سیدابراهیم رئیسی به همراه مسئولان عالی قضائی با آرمان‌های امام راحل تجدید میثاق کردند.",
            ],
        };
        var mentions = Stage.Find(article);
        var summary = string.Join(" / ", mentions.Select(m => $"{m.Text} {m.Type} {m.CanonicalId}"));

        var khomeini = mentions.Where(m => m.Text.Contains("امام", StringComparison.Ordinal)).ToList();
        Assert.True(khomeini.Count >= 3, summary);
        Assert.All(khomeini, m => Assert.Equal("per:khomeini", m.CanonicalId));
        Assert.All(khomeini, m => Assert.Equal("Ruhollah Khomeini", m.English));
    }
}
