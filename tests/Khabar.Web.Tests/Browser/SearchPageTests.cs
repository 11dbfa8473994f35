using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Khabar.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture server)
{
    [SkippableFact]
    public async Task The_search_box_finds_articles_and_marks_the_matched_words()
    {
        await using var tab = await server.Open();
        await tab.Page.FillAsync("input[name=q]", "حماس");
        await tab.Page.ClickAsync("form.search button[type=submit]");
        await tab.Ready();

        Assert.Equal(1, await tab.Page.Locator(".hit").CountAsync());
        Assert.Equal("حماس", await tab.Page.Locator(".hit mark").First.TextContentAsync());
        Assert.Equal("برنا", await tab.Page.Locator(".hit .agency").TextContentAsync());
        Assert.Contains("۱۱ فروردین ۱۴۰۳", await tab.Page.Locator(".hit time").TextContentAsync());
        Assert.Matches("^[۰-۹٬]+ خبر", await tab.Page.Locator(".summary").TextContentAsync());
        await AssertPersianPage(tab.Page);
        await tab.Shot("search");
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task The_agency_filter_and_the_facet_links_narrow_the_results()
    {
        await using var tab = await server.Open();
        await tab.Page.SelectOptionAsync("select[name=agency]", "فارس");
        await tab.Page.ClickAsync("form.search button[type=submit]");
        await tab.Ready();
        Assert.Equal(["فارس", "فارس"], await tab.Page.Locator(".hit .agency").AllTextContentsAsync());
        await tab.Shot("filter-agency");

        await tab.Page.ClickAsync(".facets a:has-text('ورزش سه')");
        await tab.Ready();
        Assert.Equal(["ورزش سه", "ورزش سه"], await tab.Page.Locator(".hit .agency").AllTextContentsAsync());
        Assert.Equal("ورزش سه", await tab.Page.Locator(".facets a.chosen .value").TextContentAsync());
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task A_jalali_date_range_in_persian_digits_keeps_only_that_month()
    {
        await using var tab = await server.Open();
        await tab.Page.FillAsync("input[name=from]", "۱۴۰۳/۰۱/۰۱");
        await tab.Page.FillAsync("input[name=to]", "۱۴۰۳/۰۱/۳۱");
        await tab.Page.ClickAsync("form.search button[type=submit]");
        await tab.Ready();
        Assert.Equal(1, await tab.Page.Locator(".hit").CountAsync());
        Assert.Contains("فروردین ۱۴۰۳", await tab.Page.Locator(".hit time").TextContentAsync());
        Assert.Equal("۱۴۰۳/۰۱/۰۱", await tab.Page.InputValueAsync("input[name=from]"));
        await tab.Shot("filter-dates");
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task The_attention_chart_draws_a_bar_per_busy_month_and_each_bar_narrows_the_search()
    {
        await using var tab = await server.Open();
        var bars = tab.Page.Locator("figure.attention svg.chart a.bar rect");
        Assert.Equal(5, await bars.CountAsync()); // three months of 1403, and the two Fars samples dated by their news codes
        Assert.Contains("دی ۱۳۸۴", await bars.First.Locator("title").TextContentAsync());
        var box = await bars.Last.BoundingBoxAsync();
        Assert.True(box is { Height: > 10, Width: > 1 }, "the bar has no size");
        Assert.Contains("اردیبهشت", await tab.Page.Locator("svg.chart").TextContentAsync());
        await tab.Page.Locator("figure.attention").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "chart.png") });

        await tab.Page.ClickAsync("svg.chart a.bar[href*='1403%2F02%2F01']");
        await tab.Ready();
        Assert.Matches(new Regex("from=1403%2F02%2F01&to=1403%2F02%2F31"), tab.Page.Url);
        Assert.Equal(3, await tab.Page.Locator(".hit").CountAsync());
        await tab.AssertInert();
    }

    [SkippableFact]
    public async Task A_search_with_no_results_says_so_and_offers_to_clear_the_filters()
    {
        await using var tab = await server.Open("/?q=" + Uri.EscapeDataString("واژه‌ای‌که‌هیچ‌جا‌نیست") + "&agency=fars");
        Assert.True(await tab.Page.Locator(".notice.empty").IsVisibleAsync());
        Assert.Contains("خبری با این جستجو پیدا نشد", await tab.Page.Locator(".notice.empty h2").TextContentAsync());
        Assert.Equal(0, await tab.Page.Locator("svg.chart").CountAsync());
        await tab.Shot("empty");

        await tab.Go("/?q=" + Uri.EscapeDataString("\"نیمه‌باز"));
        Assert.True(await tab.Page.Locator(".notice.error").IsVisibleAsync());
        await tab.AssertInert();
    }

    private static async Task AssertPersianPage(IPage page)
    {
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("fa", await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Vazirmatn FD\"')"), "Vazirmatn is not loaded");
        Assert.Contains("Vazirmatn FD", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.hit')).direction"));
    }
}
