namespace Khabar.Web.Tests.Browser;

/// <summary>The reader's "also reported by" section, the story page and the list of stories, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StoryPageTests(BrowserFixture server)
{
    [SkippableFact]
    public async Task A_copy_links_to_the_original_agency_and_to_the_story_of_its_reports()
    {
        await using var tab = await server.Open("/?q=" + Uri.EscapeDataString(CopiedArticles.Word) + "&agency=" + Uri.EscapeDataString("ایسنا"));
        await tab.Page.ClickAsync(".hit h2 a");
        await tab.Ready();
        Assert.Equal(CopiedArticles.CopyTitle, await tab.Page.Locator("article.reader h1").TextContentAsync());
        var related = tab.Page.Locator("section.related");
        Assert.Equal("همین خبر در رسانه‌های دیگر", await related.Locator("h2").First.TextContentAsync());
        var copy = related.Locator(".copies li");
        Assert.Equal(1, await copy.CountAsync());
        Assert.Equal("ایرنا", await copy.Locator("a.agency").TextContentAsync());
        Assert.Equal("یکشنبه ۲۰ اسفند ۱۴۰۲، ساعت ۱۰:۰۰", await copy.Locator("time").TextContentAsync());
        Assert.Equal("نخستین انتشار", await copy.Locator(".badge").TextContentAsync());
        Assert.Contains("۳", await related.Locator(".story-link strong").TextContentAsync());
        await related.ScrollIntoViewIfNeededAsync();
        await tab.Shot("article-also-reported");

        await copy.Locator("a.agency").ClickAsync();
        await tab.Ready();
        Assert.Equal(CopiedArticles.Title, await tab.Page.Locator("article.reader h1").TextContentAsync());
        Assert.Equal("ایسنا", await tab.Page.Locator("section.related .copies a.agency").TextContentAsync());

        await tab.Page.ClickAsync("section.related .story-link a");
        await tab.Ready();
        Assert.Matches("/stories/[0-9]+$", tab.Page.Url);
        Assert.Equal(CopiedArticles.Title, await tab.Page.Locator("article.story h1").TextContentAsync());
        Assert.Equal(["ایرنا", "ایسنا", "مهر"], await tab.Page.Locator(".timeline .agency").AllTextContentsAsync());
        var times = await tab.Page.Locator(".timeline time").AllTextContentsAsync();
        Assert.Equal("دوشنبه ۲۱ اسفند ۱۴۰۲، ساعت ۰۹:۱۵", times[2]);
        Assert.Equal(1, await tab.Page.Locator(".timeline .badge").CountAsync());
        Assert.Contains("ایرنا، ایسنا، مهر", await tab.Page.Locator(".facts").TextContentAsync());
        await tab.Shot("story");

        await tab.Page.ClickAsync(".timeline li:has-text('مهر') a.title");
        await tab.Ready();
        Assert.Contains("سد امیرکبیر", await tab.Page.Locator("article.reader h1").TextContentAsync());
        Assert.Equal(0, await tab.Page.Locator("section.related .copies").CountAsync());
        Assert.Equal(1, await tab.Page.Locator("section.related .story-link").CountAsync());
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task The_nav_opens_the_stories_newest_first_and_a_query_narrows_them()
    {
        await using var tab = await server.Open();
        await tab.Page.ClickAsync("nav.site a:has-text('رویدادها')");
        await tab.Ready();
        Assert.EndsWith("/stories", tab.Page.Url);
        var titles = await tab.Page.Locator(".stories .hit h2 a").AllTextContentsAsync();
        Assert.Equal([CopiedArticles.HostileTitle, CopiedArticles.Title], titles);
        Assert.Contains("۳ گزارش", await tab.Page.Locator(".stories .hit").Nth(1).TextContentAsync());
        await tab.Shot("stories");

        await tab.Page.FillAsync("input[name=q]", "طالقان");
        await tab.Page.ClickAsync("form.search button[type=submit]");
        await tab.Ready();
        Assert.Equal([CopiedArticles.Title], await tab.Page.Locator(".stories .hit h2 a").AllTextContentsAsync());
        await tab.Page.ClickAsync(".stories .hit h2 a");
        await tab.Ready();
        Assert.Equal(3, await tab.Page.Locator(".timeline li").CountAsync());
        await tab.AssertInert();
    }
}
