using System.Diagnostics;
using System.Text;

namespace Khabar.Core.Tests.Html;

/// <summary>Broken and hostile HTML: a clear error or a best-effort article, never a crash, in bounded time.</summary>
public sealed class HostileHtmlTests
{
    private const string Paragraph = "<p>به گزارش خبرگزاری برنا، این متن یک خبر آزمایشی است که باید از صفحه خوانده شود و به خروجی برسد.</p>";

    [Fact]
    public void A_truncated_page_gives_a_best_effort_article()
    {
        var html = "<html><head><title>خبر</title></head><body><div class=\"content\">" + Paragraph + Paragraph + "<p>ادامه‌ی متن که در میانه";

        var article = HtmlExtract.Article(html);

        Assert.Contains("ادامه\u200Cی متن", string.Join("\n", article.Paragraphs));
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("table")]
    public void A_hundred_thousand_nested_tags_are_read_quickly(string tag)
    {
        var html = "<html><body>" + Paragraph + string.Concat(Enumerable.Repeat($"<{tag}>", 100_000)) + Paragraph + "</body></html>";
        var clock = Stopwatch.StartNew();

        var result = HtmlExtract.Result(html);

        Assert.True(result.Article is not null ^ result.Error is not null);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_50_MB_page_is_refused_with_a_clear_error()
    {
        var bytes = new byte[50 * 1024 * 1024];
        Encoding.ASCII.GetBytes("<html><body><p>").CopyTo(bytes, 0);
        Array.Fill(bytes, (byte)'a', 20, bytes.Length - 20);

        var result = Extract.Bytes(bytes, "huge.html");

        Assert.Contains("too large", result.Error?.Reason);
    }

    [Fact]
    public void Binary_served_as_HTML_is_an_error()
    {
        var bytes = new byte[20000];
        new Random(7).NextBytes(bytes);
        Encoding.ASCII.GetBytes("<html><body>").CopyTo(bytes, 0);

        var result = Extract.Bytes(bytes, "image.html");

        Assert.Equal("binary data, not text", result.Error?.Reason);
    }

    [Fact]
    public void A_page_of_links_and_menus_only_has_no_article()
    {
        var html = "<html><body><nav><a href=/a>خانه</a></nav><ul>" + string.Concat(Enumerable.Range(0, 50).Select(i => $"<li><a href=/n/{i}>خبر شماره {i} درباره‌ی رویدادهای امروز</a></li>")) + "</ul></body></html>";

        var result = HtmlExtract.Result(html);

        Assert.StartsWith("no article found", result.Error?.Reason);
    }

    [Fact]
    public void Broken_JSON_LD_and_bad_dates_do_not_stop_extraction()
    {
        var html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": [[[[</script>"
            + "<meta property=\"article:published_time\" content=\"1403-13-45T99:99\"></head><body><article>" + Paragraph + Paragraph + "</article></body></html>";

        var article = HtmlExtract.Article(html);

        Assert.Null(article.Published);
    }
}
