namespace Khabar.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ArticlePageTests(BrowserFixture server)
{
    [SkippableFact]
    public async Task A_result_opens_the_reader_with_dates_agency_desk_and_body()
    {
        await using var tab = await server.Open("/?q=" + Uri.EscapeDataString("حماس"));
        var title = await tab.Page.Locator(".hit h2 a").TextContentAsync();
        await tab.Page.ClickAsync(".hit h2 a");
        await tab.Ready();

        Assert.Matches("/article/[0-9]+$", tab.Page.Url);
        Assert.Equal(title, await tab.Page.Locator("article.reader h1").TextContentAsync());
        Assert.Contains("شنبه ۱۱ فروردین ۱۴۰۳، ساعت ۱۱:۰۰", await tab.Page.Locator(".facts time").TextContentAsync());
        Assert.Equal("2024-03-30 11:00 +03:30", await tab.Page.Locator(".facts .gregorian").TextContentAsync());
        var facts = await tab.Page.Locator(".facts dd").AllTextContentsAsync();
        Assert.Contains("برنا", facts);
        Assert.Contains("بین‌الملل", facts);
        Assert.Contains("۲۰۷۶۰۱۹", facts);
        Assert.True(await tab.Page.Locator(".reader .lead").IsVisibleAsync());
        Assert.True(await tab.Page.Locator(".reader .body p").CountAsync() >= 2);
        await tab.Shot("article");
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task The_reader_links_back_to_its_agency()
    {
        await using var tab = await server.Open("/?agency=" + Uri.EscapeDataString("ورزش سه"));
        await tab.Page.ClickAsync(".hit h2 a >> nth=0");
        await tab.Ready();
        await tab.Page.ClickAsync(".crumbs a:has-text('ورزش سه')");
        await tab.Ready();
        Assert.Equal(["ورزش سه", "ورزش سه"], await tab.Page.Locator(".hit .agency").AllTextContentsAsync());
        await tab.AssertInert();
    }
}
