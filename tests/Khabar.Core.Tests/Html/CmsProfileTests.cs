using Khabar.Model;

namespace Khabar.Core.Tests.Html;

/// <summary>One page per CMS profile: every field in place, the furniture out, half-spaces kept.</summary>
public sealed class CmsProfileTests
{
    public static TheoryData<string> Profiles => ["iransamaneh", "nastooh", "aasaam", "news-studio", "isna"];

    private static Article Page(string profile) => HtmlExtract.Article(profile switch
    {
        "iransamaneh" => CmsPages.IranSamaneh(),
        "nastooh" => CmsPages.Nastooh(),
        "aasaam" => CmsPages.Aasaam(),
        "news-studio" => CmsPages.NewsStudio(),
        _ => CmsPages.Isna(),
    });

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Title_kicker_lead_and_body_come_from_the_profile(string profile)
    {
        var article = Page(profile);

        Assert.Equal(CmsPages.Title, article.Title);
        Assert.Equal(CmsPages.Kicker, article.Kicker);
        Assert.Equal(CmsPages.Lead, article.Lead);
        Assert.Equal([CmsPages.Opener, CmsPages.Second], article.Paragraphs);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Related_news_comments_share_bars_scripts_and_notes_never_reach_the_body(string profile)
    {
        var text = Extract.AllText(Page(profile));

        Assert.DoesNotContain(CmsPages.Related, text);
        Assert.DoesNotContain(CmsPages.Comment, text);
        Assert.DoesNotContain("اشتراک", text);
        Assert.DoesNotContain("تبلیغات", text);
        Assert.DoesNotContain("انتهای پیام", text);
        Assert.DoesNotContain("بروز رسانی", text);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Half_spaces_and_the_opener_survive(string profile)
    {
        var article = Page(profile);

        Assert.Contains("رئیس\u200Cجمهور", article.Title);
        Assert.Equal("برنا", article.Agency);
        Assert.Equal("borna", article.AgencyId);
        Assert.Equal("سیاسی", article.Desk);
    }

    [Theory]
    [InlineData("iransamaneh", "2024-03-30T11:00:01+03:30")]
    [InlineData("nastooh", "2024-03-30T11:00:01+03:30")]
    [InlineData("aasaam", "2024-03-30T11:00:01+03:30")]
    [InlineData("news-studio", "2019-01-20T17:31:00+03:30")]
    [InlineData("isna", "2025-05-30T19:31:00+03:30")]
    public void The_publication_date_keeps_Tehran_offset(string profile, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), Page(profile).Published);
        Assert.Equal(expected, Page(profile).Published!.Value.ToString("yyyy-MM-ddTHH:mm:sszzz"));
    }

    [Fact]
    public void IranSamaneh_news_code_desk_and_tags_are_read()
    {
        var article = Page("iransamaneh");

        Assert.Equal("210229", article.NewsId);
        Assert.Equal(["اقتصاد", "تورم"], article.Tags);
    }

    [Fact]
    public void Nastooh_metas_give_news_id_and_tags()
    {
        var article = Page("nastooh");

        Assert.Equal("5123456", article.NewsId);
        Assert.Equal(["اقتصاد", "تورم"], article.Tags);
    }
}
