using Khabar.Persian.Text;
using Khabar.Testing;

namespace Khabar.Core.Tests.TextPages;

public sealed class SeedArticleTests
{
    private static readonly string SeedPath = Repo.File("samples", "borna-2076019.txt");
    private static readonly string[] SeedLines = File.ReadAllLines(SeedPath);

    [Fact]
    public void The_seed_gives_its_title_lead_and_nine_body_paragraphs_and_nothing_else()
    {
        var article = Extract.File(SeedPath);

        Assert.Equal("دیدار مقامات ارشد حماس و جهاد اسلامی در تهران", article.Title);
        Assert.Null(article.Kicker);
        // The normalizer only puts back lost half-spaces here: spacing aside, every line is the page's own.
        Assert.Equal(WithoutSpacing(SeedLines[5]), WithoutSpacing(article.Lead!));
        Assert.StartsWith("براساس تازه\u200Cترین بیانیه", article.Lead, StringComparison.Ordinal);
        var expectedBody = SeedLines.Skip(6).TakeWhile(l => !l.StartsWith("انتهای پیام", StringComparison.Ordinal))
            .Where(l => l.Length > 0).Select(TextTidy.Tidy).ToList();
        Assert.Equal(9, expectedBody.Count);
        Assert.Equal(expectedBody.Select(WithoutSpacing), article.Paragraphs.Select(WithoutSpacing));
        Assert.StartsWith("به گزارش گروه", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_gives_its_date_with_Tehran_offset_news_id_agency_and_desk()
    {
        var article = Extract.File(SeedPath);

        Assert.Equal("۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰:۰۱", article.PublishedText);
        Assert.Equal(new DateTimeOffset(2024, 3, 30, 11, 0, 1, TimeSpan.FromHours(3.5)), article.Published);
        Assert.Equal(TimeSpan.FromHours(3.5), article.Published!.Value.Offset);
        Assert.Equal("2076019", article.NewsId);
        Assert.Equal("برنا", article.Agency);
        Assert.Equal("borna", article.AgencyId);
        Assert.Equal("بین\u200Cالملل", article.Desk);
        Assert.Equal("fa", article.Language);
        Assert.Equal(SeedPath, article.Source);
    }

    [Theory]
    [InlineData("انتهای پیام")]
    [InlineData("نظر شما")]
    [InlineData("بازرگانی برنا")]
    [InlineData("لالالند")]
    [InlineData("دندونت")]
    [InlineData("سلام پرواز")]
    [InlineData("کد خبر")]
    [InlineData("۱۴۰۳/۰۱/۱۱")]
    public void No_chrome_or_ad_text_reaches_the_article(string chrome)
    {
        var article = Extract.File(SeedPath);

        Assert.DoesNotContain(chrome, Extract.AllText(article), StringComparison.Ordinal);
        Assert.Single(Extract.AllText(article).Split('\n'), line => line == article.Title);
    }

    [Fact]
    public void Raw_extraction_keeps_the_page_text_as_it_was()
    {
        var pipeline = Khabar.Pipeline.PipelineBuilder.Default(normalize: false);

        var article = pipeline.Run([Khabar.Reading.InputItem.FromFile(SeedPath)]).Single().Article!;

        Assert.Equal(SeedLines[5], article.Lead);
        Assert.Contains("بینالملل", article.Paragraphs[0], StringComparison.Ordinal);
    }

    private static string WithoutSpacing(string text) =>
        text.Replace("\u200C", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    [SkippableFact]
    public void The_shared_fixture_is_the_sample_shipped_in_the_repository()
    {
        var shared = Repo.Shared("fixtures", "seed", "borna-2076019.txt");

        Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(SeedPath));
    }
}
