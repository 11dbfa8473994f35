namespace Khabar.Web.Tests.Browser;

/// <summary>Hostile articles in every field: in a real browser, none of it runs, loads or navigates.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileContentTests(BrowserFixture server)
{
    [SkippableFact]
    public async Task Hostile_articles_show_as_text_on_the_search_page_and_nothing_runs()
    {
        await using var tab = await server.Open("/?q=" + Uri.EscapeDataString(HostileArticles.Word));
        Assert.Equal(3, await tab.Page.Locator(".hit").CountAsync());
        foreach (var hit in await tab.Page.Locator(".hit").AllAsync())
        {
            await hit.HoverAsync();
        }

        var titles = await tab.Page.Locator(".hit h2 a").AllTextContentsAsync();
        Assert.Contains(HostileArticles.Title, titles);
        await TabThrough(tab);
        await tab.Shot("hostile-search");
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task Hostile_articles_in_the_reader_stay_inert_and_their_links_are_never_script()
    {
        await using var tab = await server.Open("/?q=" + Uri.EscapeDataString(HostileArticles.Word) + "&sort=date");
        var links = await tab.Page.Locator(".hit h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(3, links.Length);
        var titles = new List<string?>();
        foreach (var link in links)
        {
            await tab.Go(link);
            titles.Add(await tab.Page.Locator("h1").TextContentAsync());
            foreach (var element in await tab.Page.Locator("article.reader *").AllAsync())
            {
                if (await element.IsVisibleAsync())
                {
                    await element.HoverAsync(new() { Force = true, Timeout = 2000 });
                }
            }

            await TabThrough(tab);
            var hrefs = await tab.Page.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            var sources = await tab.Page.Locator(".source a.external").EvaluateAllAsync<string[]>("links => links.map(a => a.href + ' ' + a.rel)");
            Assert.All(hrefs, h => Assert.True(h.StartsWith(server.BaseUrl + "/", StringComparison.Ordinal) || sources.Contains(h + " noopener noreferrer nofollow external"), h));
            Assert.All(sources, s => Assert.StartsWith("https://", s));
            if (titles[^1] == HostileArticles.Title)
            {
                await tab.Shot("hostile-article");
            }
        }

        Assert.Contains(HostileArticles.Title, titles);
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task Hostile_copies_stay_inert_in_the_also_reported_section_the_story_list_and_the_story_page()
    {
        await using var tab = await server.Open("/?sort=date&q=" + Uri.EscapeDataString(CopiedArticles.HostileWord));
        var links = await tab.Page.Locator(".hit h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(2, links.Length);
        var copies = new List<string?>();
        foreach (var link in links)
        {
            await tab.Go(link);
            Assert.Equal(1, await tab.Page.Locator("section.related .copies li").CountAsync());
            copies.Add(await tab.Page.Locator(".copies .title").TextContentAsync());
            await Poke(tab, "section.related *");
        }

        Assert.Contains(CopiedArticles.HostileTitle, copies);
        await tab.Shot("hostile-also-reported");
        await tab.Page.ClickAsync("section.related .story-link a");
        await tab.Ready();
        Assert.Equal(CopiedArticles.HostileTitle, await tab.Page.Locator("article.story h1").TextContentAsync());
        Assert.Equal(2, await tab.Page.Locator(".timeline li").CountAsync());
        await Poke(tab, "article.story *");
        await tab.Shot("hostile-story");

        await tab.Go("/stories");
        Assert.Contains(CopiedArticles.HostileTitle, await tab.Page.Locator(".stories .hit h2 a").AllTextContentsAsync());
        await Poke(tab, ".stories *");
        var hrefs = await tab.Page.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.All(hrefs, h => Assert.StartsWith(server.BaseUrl + "/", h));
        await tab.AssertInert();
    }

    // Hovers every visible element under the selector, then tabs through the page.
    private static async Task Poke(BrowserSession tab, string selector)
    {
        foreach (var element in await tab.Page.Locator(selector).AllAsync())
        {
            if (await element.IsVisibleAsync())
            {
                await element.HoverAsync(new() { Force = true, Timeout = 2000 });
            }
        }

        await TabThrough(tab);
    }

    // Focus moves through every focusable element, which would fire any autofocus or onfocus that got through.
    private static async Task TabThrough(BrowserSession tab)
    {
        for (var i = 0; i < 40; i++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
        }
    }
}
