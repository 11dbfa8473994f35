using System.Net;

namespace Khabar.Web.Tests.Api;

public sealed class SearchApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Search_finds_the_borna_sample_with_a_highlighted_snippet()
    {
        var result = await Json.Get(client, "/api/search?q=" + Json.Q("حماس"));
        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray());
        Assert.Equal("برنا", hit.GetProperty("agency").GetString());
        Assert.Equal("1403/01/11", hit.GetProperty("publishedJalali").GetString());
        Assert.Equal("2024-03-30T11:00:01+03:30", hit.GetProperty("published").GetString());
        Assert.Contains(hit.GetProperty("snippet").EnumerateArray(), p => p.GetProperty("match").GetBoolean() && p.GetProperty("text").GetString() == "حماس");
    }

    [Fact]
    public async Task Empty_query_lists_everything_newest_first_with_facets()
    {
        var result = await Json.Get(client, "/api/search?facets=agency,desk,month&limit=100");
        Assert.Equal(factory.Archive.Articles, result.GetProperty("total").GetInt64());
        var agencies = result.GetProperty("facets").GetProperty("agency").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt64());
        Assert.Equal(2, agencies["فارس"]);
        Assert.Equal(2, agencies["ورزش سه"]);
        var dates = result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("published").GetString()).Where(d => d is not null).ToList();
        Assert.Equal(dates.OrderByDescending(d => DateTimeOffset.Parse(d!)), dates);
    }

    [Fact]
    public async Task Agency_and_jalali_date_filters_narrow_the_results()
    {
        var fars = await Json.Get(client, "/api/search?agency=" + Json.Q("فارس"));
        Assert.Equal(2, fars.GetProperty("total").GetInt64());
        Assert.All(fars.GetProperty("hits").EnumerateArray(), h => Assert.Equal("فارس", h.GetProperty("agency").GetString()));
        var byId = await Json.Get(client, "/api/search?agency=fars");
        Assert.Equal(2, byId.GetProperty("total").GetInt64());
        var spaced = await Json.Get(client, "/api/search?agency=" + Json.Q("ورزش سه"));
        Assert.Equal(2, spaced.GetProperty("total").GetInt64());
        var markup = await Json.Get(client, "/api/search?agency=" + Json.Q("<b onmouseover=\"window.__pwned='agency'\">خبرگزاری مهاجم</b>"));
        Assert.Equal(1, markup.GetProperty("total").GetInt64());

        var farvardin = await Json.Get(client, "/api/search?from=" + Json.Q("۱۴۰۳/۰۱/۰۱") + "&to=" + Json.Q("۱۴۰۳/۰۱/۳۱"));
        var hit = Assert.Single(farvardin.GetProperty("hits").EnumerateArray());
        Assert.Equal("برنا", hit.GetProperty("agency").GetString());
    }

    [Fact]
    public async Task Paging_moves_through_the_results_and_the_window_is_capped()
    {
        var first = await Json.Get(client, "/api/search?sort=date&limit=2");
        var second = await Json.Get(client, "/api/search?sort=date&limit=2&offset=2");
        Assert.Equal(2, first.GetProperty("hits").GetArrayLength());
        Assert.DoesNotContain(second.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()),
            first.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()).Contains);

        await Json.Problem(await client.GetAsync("/api/search?limit=101"), HttpStatusCode.BadRequest, "limit");
        await Json.Problem(await client.GetAsync("/api/search?offset=9999&limit=100"), HttpStatusCode.BadRequest, "offset + limit");
        await Json.Problem(await client.GetAsync("/api/search?q=" + new string('و', 1001)), HttpStatusCode.BadRequest, "longer");
    }

    [Fact]
    public async Task Collapse_keeps_one_hit_per_duplicate_group()
    {
        var all = await Json.Get(client, "/api/search?q=" + Json.Q(CopiedArticles.Word));
        Assert.Equal(["ایرنا", "ایسنا"], all.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("agency").GetString()).Order());
        var collapsed = await Json.Get(client, "/api/search?collapse=true&q=" + Json.Q(CopiedArticles.Word));
        Assert.Single(collapsed.GetProperty("hits").EnumerateArray());

        var everything = await Json.Get(client, "/api/search?limit=100");
        var folded = await Json.Get(client, "/api/search?limit=100&collapse=true");
        Assert.Equal(everything.GetProperty("hits").GetArrayLength() - 2, folded.GetProperty("hits").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/search?q=" + "%22unclosed", "malformed query")]
    [InlineData("/api/search?from=1403/13/01", "1403/13/01")]
    [InlineData("/api/search?sort=random", "unknown sort")]
    [InlineData("/api/search?facets=color", "unknown facet")]
    [InlineData("/api/attention?unit=year", "unknown unit")]
    [InlineData("/api/export?format=xml", "unknown format")]
    public async Task Bad_requests_are_problem_details(string url, string mention) =>
        await Json.Problem(await client.GetAsync(url), HttpStatusCode.BadRequest, mention);

    [Fact]
    public async Task Attention_counts_articles_per_jalali_month_and_day()
    {
        var months = await Json.Get(client, "/api/attention?from=1403/01/01&to=1403/03/31");
        var periods = months.GetProperty("periods").EnumerateArray().Select(p => (p.GetProperty("label").GetString(), p.GetProperty("count").GetInt64())).ToList();
        Assert.Equal([("1403/01", 1L), ("1403/02", 3L), ("1403/03", 0L)], periods);

        var days = await Json.Get(client, "/api/attention?unit=day&q=" + Json.Q(HostileArticles.Word));
        Assert.Equal(["1403/02/10", "1403/02/11", "1403/02/12"], days.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("label").GetString()));
        var week = await Json.Get(client, "/api/attention?unit=week&q=" + Json.Q(HostileArticles.Word));
        var saturday = Assert.Single(week.GetProperty("periods").EnumerateArray());
        Assert.Equal(DayOfWeek.Saturday, DateTimeOffset.Parse(saturday.GetProperty("start").GetString()!).DayOfWeek);
        Assert.Equal(3, saturday.GetProperty("count").GetInt64());
    }
}
