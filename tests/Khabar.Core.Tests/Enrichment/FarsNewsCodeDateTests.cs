using Khabar.Testing;
using Khabar.Enrichment;

namespace Khabar.Core.Tests.Enrichment;

/// <summary>A Fars News page without a written date is dated by its news code, which starts with the Jalali date.</summary>
public sealed class FarsNewsCodeDateTests
{
    [Theory]
    [InlineData("fars-13970506001199.txt", "2018-07-28T00:00:00+04:30")] // 1397/05/06, summer time then
    [InlineData("fars-8410220112.txt", "2006-01-12T00:00:00+03:30")] // 1384/10/22, the old ten-digit code
    public void ShippedFarsPagesAreDatedByTheirNewsCode(string file, string expected)
    {
        var article = Extract.File(Repo.File("samples", file));

        Assert.Equal("fars", article.AgencyId);
        Assert.Null(article.PublishedText);
        Assert.Equal(DateTimeOffset.Parse(expected), article.Published);
    }

    [Theory]
    [InlineData("13970506001199", "2018-07-28T00:00:00+04:30")]
    [InlineData("14030111000572", "2024-03-30T00:00:00+03:30")]
    [InlineData("8612260219", "2008-03-16T00:00:00+03:30")]
    public void NewsCodesGiveTheirDate(string code, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), PublishedDateStage.FromFarsId(code));

    [Theory]
    [InlineData("13971399001199")] // month 13
    [InlineData("8413450112")] // month 13, old form
    [InlineData("2076019")] // another agency's short code
    [InlineData("13970506")] // too short for the long form
    [InlineData("۱۳۹۷۰۵۰۶۰۰۱۱۹۹")] // news codes are kept in ASCII digits; anything else is not a Fars code
    [InlineData("")]
    public void OtherCodesGiveNoDate(string code) => Assert.Null(PublishedDateStage.FromFarsId(code));

    [Fact]
    public void OnlyFarsPagesAreDatedByTheirCode()
    {
        const string page = "عنوان خبر آزمایشی درباره بسکتبال\n\nکد خبر: 13970506001199\nخلاصه خبر درباره دیدار تیم ملی بسکتبال.\n\n{0} تیم ملی بسکتبال نوجوانان در نخستین دیدار خود پیروز شد.\n";
        var fars = Extract.Article(string.Format(page, "به گزارش خبرگزاری فارس،"));
        var other = Extract.Article(string.Format(page, "به گزارش خبرگزاری برنا،"));

        Assert.Equal("fars", fars.AgencyId);
        Assert.Equal(DateTimeOffset.Parse("2018-07-28T00:00:00+04:30"), fars.Published);
        Assert.Equal("borna", other.AgencyId);
        Assert.Null(other.Published);
    }

    [Fact]
    public void AWrittenDateWins()
    {
        var article = Extract.Article("عنوان خبر آزمایشی درباره بسکتبال\n۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰:۰۱\nکد خبر: 13970506001199\nخلاصه خبر درباره دیدار تیم ملی بسکتبال.\n\nبه گزارش خبرگزاری فارس، تیم ملی بسکتبال نوجوانان در نخستین دیدار خود پیروز شد.\n");

        Assert.Equal(DateTimeOffset.Parse("2024-03-30T11:00:01+03:30"), article.Published);
    }
}
