using System.Net;

namespace Khabar.Web.Tests.Api;

/// <summary>What the server sends for hostile articles, before any browser: escaped text, strict headers, no CORS.</summary>
public sealed class PageSecurityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=" + "%D8%B2%D9%87%D8%B1%D8%A2%DA%AF%DB%8C%D9%86")]
    [InlineData("/api/search")]
    [InlineData("/stories")]
    [InlineData("/stories/1")]
    [InlineData("/assets/khabar.css")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_a_policy_that_allows_no_script_and_nothing_from_outside(string url)
    {
        using var response = await client.GetAsync(url);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Hostile_fields_come_out_as_escaped_text_on_the_search_and_article_pages()
    {
        var search = await client.GetStringAsync("/?q=" + Json.Q(HostileArticles.Word));
        var ids = (await Json.Get(client, "/api/search?q=" + Json.Q(HostileArticles.Word))).GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(3, ids.Count);
        var pages = new List<string> { search };
        foreach (var id in ids)
        {
            pages.Add(await client.GetStringAsync($"/article/{id}"));
        }

        AssertEscaped(pages);
        Assert.Contains("&lt;script&gt;window.__pwned=", pages[1]);
    }

    [Fact]
    public async Task Hostile_copies_come_out_as_escaped_text_in_the_related_section_and_the_story_pages()
    {
        var ids = (await Json.Get(client, "/api/search?sort=date&q=" + Json.Q(CopiedArticles.HostileWord))).GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(2, ids.Count);
        var story = (await Json.Get(client, $"/api/articles/{ids[0]}/duplicates")).GetProperty("story").GetProperty("id").GetInt64();
        var pages = new List<string> { await client.GetStringAsync("/stories"), await client.GetStringAsync($"/stories/{story}") };
        foreach (var id in ids)
        {
            pages.Add(await client.GetStringAsync($"/article/{id}"));
        }

        AssertEscaped(pages);
        Assert.All(pages, p => Assert.Contains("&lt;script&gt;window.__pwned=&#x27;copy&#x27;&lt;/script&gt;", p));
        Assert.All(pages, p => Assert.Contains("&lt;b onmouseover=", p));
    }

    [Fact]
    public async Task Cross_origin_requests_get_no_cors_grant()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search");
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await client.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/ingest");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var answer = await client.SendAsync(preflight);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.NotEqual(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task Unknown_pages_are_a_persian_404_and_unknown_articles_too()
    {
        using var page = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("پیدا نشد", await page.Content.ReadAsStringAsync());
        using var article = await client.GetAsync("/article/987654");
        Assert.Equal(HttpStatusCode.NotFound, article.StatusCode);
        using var story = await client.GetAsync("/stories/987654");
        Assert.Equal(HttpStatusCode.NotFound, story.StatusCode);
        Assert.Contains("رویدادی با این شناسه", await story.Content.ReadAsStringAsync());
    }

    private static void AssertEscaped(IEnumerable<string> pages)
    {
        foreach (var page in pages)
        {
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg onload", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b onmouseover", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<a href=\"javascript", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<meta http-equiv", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<base", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"data:", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("evil.example/\"", page, StringComparison.Ordinal);
        }
    }
}
