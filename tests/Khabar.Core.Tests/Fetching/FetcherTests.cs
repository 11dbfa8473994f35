using System.Net;
using System.Text;
using Khabar.Fetching;
using Khabar.Testing;

namespace Khabar.Core.Tests.Fetching;

/// <summary>The fetcher against a server on 127.0.0.1: redirects, robots.txt, timeouts, size cap, rate limit, 304.</summary>
public sealed class FetcherTests
{
    private static readonly FetchOptions Fast = new() { PerHostInterval = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(5) };

    private static async Task Write(HttpListenerContext context, string body, string contentType = "text/html; charset=utf-8", int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        await context.Response.OutputStream.WriteAsync(bytes);
    }

    private static Task Robots(HttpListenerContext context, string rules) =>
        context.Request.Url!.AbsolutePath == "/robots.txt" ? Write(context, rules, "text/plain") : Task.CompletedTask;

    [Fact]
    public void Redirects_are_followed_up_to_the_cap()
    {
        using var server = new LocalServer(async c =>
        {
            var path = c.Request.Url!.AbsolutePath;
            if (path.StartsWith("/hop/", StringComparison.Ordinal))
            {
                c.Response.StatusCode = 302;
                c.Response.RedirectLocation = "/hop/" + (int.Parse(path[5..]) + 1);
                return;
            }

            await Write(c, "", status: 404);
        });
        using var fetcher = new HttpFetcher(Fast with { MaxRedirects = 3 });

        var result = fetcher.Fetch(server.Url("/hop/0"));

        Assert.Equal("more than 3 redirects", result.Error);
    }

    [Fact]
    public void Robots_txt_disallow_is_honoured_for_our_token()
    {
        using var server = new LocalServer(async c =>
        {
            await Robots(c, "User-agent: *\nDisallow: /\n\nUser-agent: KhabarBot\nDisallow: /private\nAllow: /private/ok$\n");
            await Write(c, "<p>page</p>");
        });
        using var fetcher = new HttpFetcher(Fast);

        Assert.Equal("disallowed by robots.txt", fetcher.Fetch(server.Url("/private/x")).Error);
        Assert.Null(fetcher.Fetch(server.Url("/private/ok")).Error);
        Assert.Null(fetcher.Fetch(server.Url("/news/1")).Error);
        Assert.Single(server.Requests, r => r.Path == "/robots.txt");
        Assert.StartsWith("KhabarBot/", server.Requests.First().Headers["User-Agent"]);
    }

    [Fact]
    public void A_slow_server_times_out()
    {
        using var server = new LocalServer(async c =>
        {
            await Task.Delay(c.Request.Url!.AbsolutePath == "/robots.txt" ? 0 : 8000);
            await Write(c, "late", "text/plain", c.Request.Url!.AbsolutePath == "/robots.txt" ? 404 : 200);
        });
        // Long enough that robots.txt is fetched in time on a loaded machine, far shorter than the slow page.
        using var fetcher = new HttpFetcher(Fast with { Timeout = TimeSpan.FromMilliseconds(2500) });

        Assert.StartsWith("timed out", fetcher.Fetch(server.Url("/slow")).Error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_body_over_the_size_cap_is_refused(bool withLength)
    {
        using var server = new LocalServer(async c =>
        {
            var body = Encoding.ASCII.GetBytes(new string('a', 300_000));
            c.Response.SendChunked = !withLength;
            if (withLength)
            {
                c.Response.ContentLength64 = body.Length;
            }

            await c.Response.OutputStream.WriteAsync(body);
        });
        using var fetcher = new HttpFetcher(Fast with { MaxBytes = 100_000, HonourRobots = false });

        Assert.Contains("too large", fetcher.Fetch(server.Url("/big")).Error);
    }

    [Fact]
    public void Requests_to_one_host_are_spaced_by_the_interval()
    {
        using var server = new LocalServer(c => Write(c, "ok", "text/plain"));
        using var fetcher = new HttpFetcher(Fast with { PerHostInterval = TimeSpan.FromMilliseconds(300), HonourRobots = false });

        for (var i = 0; i < 3; i++)
        {
            fetcher.Fetch(server.Url("/n/" + i));
        }

        var times = server.Requests.Select(r => r.At).ToList();
        Assert.Equal(3, times.Count);
        Assert.True(times[2] - times[0] >= TimeSpan.FromMilliseconds(550), $"{(times[2] - times[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public void A_fetch_with_validators_is_conditional_and_304_means_not_modified()
    {
        using var server = new LocalServer(async c =>
        {
            if (c.Request.Headers["If-None-Match"] == "\"v1\"")
            {
                c.Response.StatusCode = 304;
                return;
            }

            c.Response.Headers["ETag"] = "\"v1\"";
            await Write(c, "<rss><channel><item><title>a</title></item></channel></rss>", "application/rss+xml");
        });
        using var fetcher = new HttpFetcher(Fast with { HonourRobots = false });

        var first = fetcher.Fetch(server.Url("/feed"));
        var again = fetcher.Fetch(server.Url("/feed"));
        var second = fetcher.Fetch(server.Url("/feed"), first.Validators);

        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(200, again.Status);
        Assert.True(second.NotModified);
        Assert.Null(second.Body);
    }

    [Fact]
    public void A_URL_input_is_extracted_with_the_final_URL_and_the_HTTP_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = "<html><body><article><p>به گزارش خبرگزاري ايسنا، اين خبر از يک سرور محلي با نويسه‌گان ويندوز خوانده مي‌شود.</p></article></body></html>";
        using var server = new LocalServer(async c =>
        {
            if (c.Request.Url!.AbsolutePath == "/old")
            {
                c.Response.StatusCode = 301;
                c.Response.RedirectLocation = "/news/123456/page";
                return;
            }

            c.Response.ContentType = "text/html; charset=windows-1256";
            await c.Response.OutputStream.WriteAsync(Encoding.GetEncoding(1256).GetBytes(page));
        });
        using var fetcher = new HttpFetcher(Fast with { HonourRobots = false });

        var result = Extract.Pipeline.Run([UrlInputs.Item(server.Url("/old").ToString(), fetcher)]).Single();

        Assert.Equal(server.Url("/news/123456/page").ToString(), result.Article!.Url);
        Assert.Equal("123456", result.Article.NewsId);
        Assert.Contains("ایسنا", result.Article.Paragraphs[0]);
    }
}
