using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Khabar.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class EntityPageTests(BrowserFixture server)
{
    [SkippableFact]
    public async Task The_entity_list_filters_by_name_and_type_and_leads_to_a_page_with_roles_chart_company_and_articles()
    {
        await using var tab = await server.Open("/");
        await tab.Page.ClickAsync("nav.site a:has-text('نام‌ها')");
        await tab.Ready();
        Assert.True(await tab.Page.Locator(".entity-list li").CountAsync() > 10);
        await tab.Shot("entities");

        await tab.Page.FillAsync("input[name=q]", "هنیه");
        await tab.Page.SelectOptionAsync("select[name=type]", "PER");
        await tab.Page.ClickAsync("form.search button[type=submit]");
        await tab.Ready();
        Assert.Matches("type=PER", tab.Page.Url);
        Assert.All(await tab.Page.Locator(".entity-list .type").AllTextContentsAsync(), t => Assert.Equal("شخص", t));
        await tab.Page.ClickAsync(".entity-list a.name:text-is('اسماعیل هنیه')");
        await tab.Ready();

        Assert.Matches("/entities/per%3A", tab.Page.Url);
        Assert.Equal("اسماعیل هنیه", await tab.Page.Locator("article.entity h1").TextContentAsync());
        Assert.Equal("شخص", await tab.Page.Locator("article.entity .kicker").TextContentAsync());
        Assert.Contains("رئیس دفتر سیاسی حماس", await tab.Page.Locator(".roles .value").AllTextContentsAsync());
        Assert.Contains("هنیه", await tab.Page.Locator(".aliases .value").AllTextContentsAsync());
        var bar = tab.Page.Locator("figure.attention svg.chart a.bar rect");
        Assert.Equal(1, await bar.CountAsync());
        Assert.True(await bar.BoundingBoxAsync() is { Height: > 10, Width: > 1 }, "the bar has no size");
        Assert.Contains("فروردین", await tab.Page.Locator("svg.chart").TextContentAsync());
        var company = await tab.Page.Locator(".together .value").AllTextContentsAsync();
        Assert.Contains("زیاد النخاله", company);
        Assert.Contains("حماس", company);
        Assert.Single(await tab.Page.Locator(".latest li").AllAsync());
        await tab.Shot("entity");

        await tab.Page.ClickAsync(".together a:has(.value:text-is('زیاد النخاله'))");
        await tab.Ready();
        Assert.Equal("زیاد النخاله", await tab.Page.Locator("article.entity h1").TextContentAsync());
        Assert.Contains("دبیرکل جهاد اسلامی", await tab.Page.Locator(".roles .value").AllTextContentsAsync());
        Assert.Equal(0, await tab.Page.Locator("article.entity .english").CountAsync());

        await tab.Page.ClickAsync(".together a:has(.value:text-is('جهاد اسلامی'))");
        await tab.Ready();
        Assert.Equal("جهاد اسلامی", await tab.Page.Locator("article.entity h1").TextContentAsync());
        var english = tab.Page.Locator("article.entity .english");
        Assert.Equal("Palestinian Islamic Jihad", await english.TextContentAsync());
        Assert.Equal(("en", "ltr"), (await english.GetAttributeAsync("lang"), await english.GetAttributeAsync("dir")));
        await tab.Page.GoBackAsync();
        await tab.Ready();

        await tab.Page.ClickAsync(".latest a.title");
        await tab.Ready();
        Assert.Matches("/article/[0-9]+$", tab.Page.Url);
        Assert.Contains("حماس", await tab.Page.Locator("article.reader h1").TextContentAsync());
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task The_reader_names_its_people_organisations_and_places_with_links_to_their_pages()
    {
        await using var tab = await server.Open("/?q=" + Uri.EscapeDataString("حماس"));
        await tab.Page.ClickAsync(".hit h2 a");
        await tab.Ready();

        var named = tab.Page.Locator("section.named");
        Assert.Equal(["اشخاص", "سازمان‌ها", "مکان‌ها"], (await named.Locator("dt").AllTextContentsAsync()).Take(3));
        Assert.Contains(await named.Locator(".role").AllTextContentsAsync(), r => r.Contains("رئیس دفتر سیاسی حماس", StringComparison.Ordinal));
        await named.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "article-entities.png") });
        await named.Locator("a:text-is('تهران')").ClickAsync();
        await tab.Ready();

        Assert.Equal("تهران", await tab.Page.Locator("article.entity h1").TextContentAsync());
        Assert.Equal("مکان", await tab.Page.Locator("article.entity .kicker").TextContentAsync());
        var articles = await tab.Page.Locator(".facts a").TextContentAsync();
        await tab.Page.ClickAsync("figure.attention svg.chart a.bar >> nth=0");
        await tab.Ready();
        Assert.Matches(new Regex("q=entity%3A.*&from=.*&to=.*&sort=date"), tab.Page.Url);
        Assert.True(await tab.Page.Locator(".hit").CountAsync() >= 1);
        await tab.AssertInert();
        Assert.NotNull(articles);
    }

    [SkippableFact]
    public async Task The_search_facets_list_the_entities_the_results_name_and_link_to_their_pages()
    {
        await using var tab = await server.Open("/?q=" + Uri.EscapeDataString("حماس"));
        var people = tab.Page.Locator(".facet.entities:has(h2:text-is('اشخاص')) a");
        Assert.Contains("اسماعیل هنیه", await people.Locator(".value").AllTextContentsAsync());
        Assert.NotEmpty(await tab.Page.Locator(".facet.entities:has(h2:text-is('مکان‌ها')) a").AllAsync());
        await tab.Page.ClickAsync(".facet.entities a:has(.value:text-is('حماس'))");
        await tab.Ready();
        Assert.Equal("حماس", await tab.Page.Locator("article.entity h1").TextContentAsync());
        Assert.Matches("/entities/org%3Ahamas$", tab.Page.Url);
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task Hostile_entity_names_stay_inert_in_the_list_the_entity_pages_the_reader_and_the_facets()
    {
        await using var tab = await server.Open("/entities?q=" + Uri.EscapeDataString("مهاجم"));
        var names = await tab.Page.Locator(".entity-list a.name").AllTextContentsAsync();
        Assert.Contains(HostileEntities.PersonName, names);
        Assert.Contains(HostileEntities.OrgName, names);
        Assert.Contains(HostileEntities.PlaceName, names);
        await Poke(tab, ".entity-list *");
        await tab.Shot("hostile-entities");
        var links = await tab.Page.Locator(".entity-list a.name").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var link in links)
        {
            await tab.Go(link);
            Assert.Contains(await tab.Page.Locator("article.entity h1").TextContentAsync(), names);
            await Poke(tab, "article.entity *");
            if (await tab.Page.Locator("article.entity h1").TextContentAsync() == HostileEntities.PersonName)
            {
                Assert.Equal([HostileEntities.PersonRole], await tab.Page.Locator(".roles .value").AllTextContentsAsync());
                Assert.Equal([HostileEntities.PersonAlias], await tab.Page.Locator(".aliases .value").AllTextContentsAsync());
                await tab.Shot("hostile-entity");
            }

            await AssertLinksStayInTheApp(tab);
        }

        await tab.Go("/?q=" + Uri.EscapeDataString(HostileEntities.Word));
        Assert.Contains(HostileEntities.PersonName, await tab.Page.Locator(".facet.entities .value").AllTextContentsAsync());
        await Poke(tab, "aside.facets *");
        await AssertLinksStayInTheApp(tab);
        await tab.Page.ClickAsync(".hit h2 a");
        await tab.Ready();
        Assert.Equal(3, await tab.Page.Locator("section.named a").CountAsync());
        Assert.Contains(HostileEntities.PersonRole, await tab.Page.Locator("section.named .role").AllTextContentsAsync());
        await Poke(tab, "section.named *");
        await AssertLinksStayInTheApp(tab);
        await tab.Page.ClickAsync($"section.named a >> nth=0");
        await tab.Ready();
        Assert.Equal(HostileEntities.PersonName, await tab.Page.Locator("article.entity h1").TextContentAsync());
        await tab.AssertInert();
    }

    private async Task AssertLinksStayInTheApp(BrowserSession tab)
    {
        // SVG links (the chart's bars) hold their href as an object: resolve the attribute against the page.
        var hrefs = await tab.Page.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)");
        Assert.All(hrefs, h => Assert.StartsWith(server.BaseUrl + "/", h));
    }

    // Hovers every visible element under the selector, then tabs through the page (firing any focus handler that got through).
    private static async Task Poke(BrowserSession tab, string selector)
    {
        foreach (var element in await tab.Page.Locator(selector).AllAsync())
        {
            if (await element.IsVisibleAsync())
            {
                await element.HoverAsync(new() { Force = true, Timeout = 2000 });
            }
        }

        for (var i = 0; i < 30; i++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
        }
    }
}
