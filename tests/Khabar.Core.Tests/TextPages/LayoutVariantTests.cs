using Khabar.Testing;

namespace Khabar.Core.Tests.TextPages;

/// <summary>Other layouts of scraped pages, built from the seed: kicker, labels, tags, furniture, no header.</summary>
public sealed class LayoutVariantTests
{
    private static readonly string[] Seed = File.ReadAllLines(Repo.File("samples", "borna-2076019.txt"));
    private static readonly string Title = Seed[0];

    private static IEnumerable<string> Body => Seed.Skip(5);

    private static string Page(params IEnumerable<string>[] parts) => string.Join('\n', parts.SelectMany(p => p));

    [Fact]
    public void A_short_line_above_the_title_is_the_kicker()
    {
        var article = Extract.Article(Page(["نشست در پایتخت", Title, "", Seed[2], Seed[3]], Body));

        Assert.Equal("نشست در پایتخت", article.Kicker);
        Assert.Equal(Title, article.Title);
        Assert.Equal(9, article.Paragraphs.Count);
    }

    [Fact]
    public void A_labelled_date_line_and_a_code_line_after_it_are_read_and_dropped()
    {
        var article = Extract.Article(Page([Title, "تاریخ انتشار: ۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰:۰۱", "کد خبر : 2076019"], Body));

        Assert.Equal("۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰:۰۱", article.PublishedText);
        Assert.Equal(new DateTimeOffset(2024, 3, 30, 11, 0, 1, TimeSpan.FromHours(3.5)), article.Published);
        Assert.Equal("2076019", article.NewsId);
        Assert.DoesNotContain("تاریخ انتشار", Extract.AllText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_and_code_lines_may_come_first_with_kicker_and_title_under_them()
    {
        var article = Extract.Article(Page([Seed[2], Seed[3], "نشست در پایتخت", Title], Body));

        Assert.Equal(Title, article.Title);
        Assert.Equal("نشست در پایتخت", article.Kicker);
        Assert.Equal("2076019", article.NewsId);
        Assert.Equal(9, article.Paragraphs.Count);
    }

    [Fact]
    public void Tags_lines_become_tags_and_furniture_lines_are_dropped()
    {
        var furniture = new[] { "اشتراک گذاری", "لینک کپی شد!", "نظرات بینندگان", "برچسب ها: حماس، جهاد اسلامی، غزه" };
        var article = Extract.Article(Page(Seed.Take(6), furniture, Seed.Skip(6)));

        Assert.Equal(["حماس", "جهاد اسلامی", "غزه"], article.Tags);
        Assert.Equal(9, article.Paragraphs.Count);
        foreach (var line in furniture)
        {
            Assert.DoesNotContain(line.TrimEnd('!'), Extract.AllText(article), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ad_link_lists_in_the_header_and_lines_repeated_in_the_body_are_dropped()
    {
        string[] ads = ["بازرگانی برنا", "لالالند", "دندونت", "سلام پرواز"];
        var repeated = "بیشتر بخوانید: نشست سران در تهران";
        var body = Body.ToList();
        body.Insert(4, repeated);
        body.Insert(8, repeated);

        var article = Extract.Article(Page(ads, ads, [Title, Seed[2], Seed[3]], body));

        Assert.Equal(Title, article.Title);
        Assert.Null(article.Kicker);
        Assert.Equal(9, article.Paragraphs.Count);
        Assert.DoesNotContain("بیشتر بخوانید", Extract.AllText(article), StringComparison.Ordinal);
        Assert.DoesNotContain("لالالند", Extract.AllText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_date_and_code_lines_still_gives_title_lead_and_agency()
    {
        var article = Extract.Article(Page([Title, ""], Body));

        Assert.Equal(Title, article.Title);
        Assert.StartsWith("براساس", article.Lead, StringComparison.Ordinal);
        Assert.Equal("برنا", article.Agency);
        Assert.Null(article.Published);
    }

    [Fact]
    public void A_body_flattened_onto_one_line_is_split_at_its_paragraph_gaps()
    {
        var flat = string.Join("    ", Body.Where(l => l.Length > 0).TakeWhile(l => !l.StartsWith("انتهای", StringComparison.Ordinal)));

        var article = Extract.Article(flat);

        Assert.Null(article.Title);
        Assert.StartsWith("براساس", article.Lead, StringComparison.Ordinal);
        Assert.Equal(9, article.Paragraphs.Count);
        Assert.Equal("بین\u200Cالملل", article.Desk);
    }
}
