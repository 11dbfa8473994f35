using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Khabar.Fetching;
using Khabar.Model;
using Khabar.Pipeline;
using Khabar.Reading;
using Khabar.Testing;

namespace Khabar.Core.Tests.Fetching;

/// <summary>Feeds followed to their pages, and feeds fetched conditionally across runs, against a server on 127.0.0.1.</summary>
public sealed class FollowTests
{
    private static readonly FetchOptions Fast = new() { PerHostInterval = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(5) };

    private const string ArticlePage = """
        <html lang="fa"><head><title>بودجه سال آینده در مجلس - سایت نمونه</title></head><body>
        <nav><a href="/">صفحه نخست</a> <a href="/x">سیاسی</a></nav>
        <article><h1>بودجه سال آینده در مجلس</h1>
        <p>به گزارش خبرنگار ما، نمایندگان مجلس امروز کلیات لایحه‌ی بودجه‌ی سال آینده را در جلسه‌ی علنی بررسی کردند.</p>
        <p>رئیس کمیسیون برنامه و بودجه گفت که درآمدهای نفتی در این لایحه با احتیاط برآورد شده است و هزینه‌ها کاهش می‌یابد.</p>
        </article>
        <div class="related-news"><a href="/n/9">خبر مرتبط دیگری که نباید در متن بیاید</a></div>
        </body></html>
        """;

    private static string Feed(params string[] links) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>سایت نمونه</title>
        {string.Concat(links.Select((l, i) => $"<item><title>خبر شماره {i + 1}</title><link>{l}</link><description>خلاصه‌ی کوتاه خبر شماره {i + 1} از خوراک.</description><pubDate>Sat, 30 Mar 2024 11:00:01 +0330</pubDate><category>سیاسی</category></item>"))}
        </channel></rss>
        """;

    private static async Task Write(HttpListenerContext context, string body, string contentType, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
    }

    // robots.txt forbids /private; /news/ok is an article, /news/gone a 404, /feed lists the three.
    private static LocalServer Site() => new(async c =>
    {
        switch (c.Request.Url!.AbsolutePath)
        {
            case "/robots.txt":
                await Write(c, "User-agent: *\nDisallow: /private\n", "text/plain");
                break;
            case "/feed":
                await Write(c, Feed("/news/ok", "/news/gone", "/private/1"), "application/rss+xml");
                break;
            case "/news/ok":
                await Write(c, ArticlePage, "text/html; charset=utf-8");
                break;
            default:
                await Write(c, "not here", "text/plain", 404);
                break;
        }
    });

    private static (List<ItemResult> Results, FeedPageFollower Follower) RunFollowing(HttpFetcher fetcher, InputItem input)
    {
        var follower = new FeedPageFollower(fetcher);
        var results = PipelineBuilder.Default(feedPages: follower).Run([input]).ToList();
        return (results, follower);
    }

    [Fact]
    public void Each_item_of_a_fetched_feed_is_followed_to_its_page_and_failures_keep_the_stub_with_a_reason()
    {
        using var server = Site();
        using var fetcher = new HttpFetcher(Fast);

        var (results, follower) = RunFollowing(fetcher, new UrlInputs(fetcher).Item(server.Url("/feed").ToString()));

        Assert.Equal(3, results.Count);
        var page = results[0].Article!;
        Assert.Equal(server.Url("/news/ok").ToString(), page.Url);
        Assert.Equal("بودجه سال آینده در مجلس", page.Title);
        Assert.Equal(2, page.Paragraphs.Count);
        Assert.StartsWith("به گزارش خبرنگار ما", page.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("مرتبط", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2024, 3, 30, 11, 0, 1, TimeSpan.FromHours(3.5)), page.Published);
        Assert.Equal(["سیاسی"], page.Tags);
        Assert.EndsWith("#item1", page.Source, StringComparison.Ordinal);

        // The 404 and the robots.txt refusal: the feed's own text, and one reason each naming the item.
        Assert.StartsWith("خلاصه\u200Cی کوتاه خبر شماره", Assert.Single(results[1].Article!.Paragraphs), StringComparison.Ordinal);
        Assert.Equal(server.Url("/private/1").ToString(), results[2].Article!.Url);
        var notes = follower.NotFollowed.OrderBy(n => n.Source, StringComparer.Ordinal).ToList();
        Assert.Equal(2, notes.Count);
        Assert.EndsWith("#item2", notes[0].Source, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", notes[0].Reason, StringComparison.Ordinal);
        Assert.Contains("own text is kept", notes[0].Reason, StringComparison.Ordinal);
        Assert.EndsWith("#item3", notes[1].Source, StringComparison.Ordinal);
        Assert.Contains("disallowed by robots.txt", notes[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/private", StringComparison.Ordinal));
    }

    [Fact]
    public void A_local_feed_file_with_web_links_is_followed_with_the_per_host_interval()
    {
        using var server = Site();
        using var fetcher = new HttpFetcher(Fast with { PerHostInterval = TimeSpan.FromMilliseconds(250) });
        var xml = Encoding.UTF8.GetBytes(Feed(server.Url("/news/ok").ToString(), server.Url("/news/ok").ToString()));

        var (results, follower) = RunFollowing(fetcher, new InputItem("feed.rss", () => new MemoryStream(xml), xml.Length));

        Assert.All(results, r => Assert.Equal(2, r.Article!.Paragraphs.Count));
        Assert.Empty(follower.NotFollowed);
        var pages = server.Requests.Where(r => r.Path == "/news/ok").Select(r => r.At).Order().ToList();
        Assert.Equal(2, pages.Count);
        Assert.True(pages[1] - pages[0] >= TimeSpan.FromMilliseconds(200), $"{(pages[1] - pages[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public void Without_follow_a_feed_gives_stubs_and_no_page_is_fetched()
    {
        using var server = Site();
        using var fetcher = new HttpFetcher(Fast);

        var results = PipelineBuilder.Default().Run([new UrlInputs(fetcher).Item(server.Url("/feed").ToString())]).ToList();

        Assert.Equal(3, results.Count(r => r.Article is not null));
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/news", StringComparison.Ordinal));
        Assert.Equal(server.Url("/news/ok").ToString(), results[0].Article!.Url);
    }

    [Fact]
    public void A_feed_not_modified_since_the_last_run_is_not_read_again()
    {
        var requests = 0;
        using var server = new LocalServer(async c =>
        {
            if (c.Request.Url!.AbsolutePath != "/feed")
            {
                await Write(c, "", "text/plain", 404);
                return;
            }

            Interlocked.Increment(ref requests);
            if (c.Request.Headers["If-None-Match"] == "\"rev-7\"")
            {
                c.Response.StatusCode = 304;
                return;
            }

            c.Response.Headers["ETag"] = "\"rev-7\"";
            c.Response.Headers["Last-Modified"] = "Sat, 30 Mar 2024 08:00:00 GMT";
            await Write(c, Feed("https://www.borna.news/fa/news/2076019/x"), "application/rss+xml");
        });
        var lasting = new MemoryStore();
        var url = server.Url("/feed").ToString();

        // Two runs: each its own fetcher, as two invocations of the command would have; only the store is shared.
        List<ItemResult> Run(out UrlInputs urls)
        {
            using var fetcher = new HttpFetcher(Fast);
            var validators = new FeedValidators(lasting);
            urls = new UrlInputs(fetcher, validators);
            var results = Extract.Pipeline.Run([urls.Item(url)]).ToList();
            validators.Save(results.Where(r => r.Error is not null).Select(r => r.Error!.Source));
            return results;
        }

        var first = Run(out var firstUrls);
        var second = Run(out var secondUrls);

        Assert.Single(first, r => r.Article is not null);
        Assert.Empty(firstUrls.NotModified);
        Assert.Equal(new Validators("\"rev-7\"", "Sat, 30 Mar 2024 08:00:00 GMT"), lasting.Find(url));
        Assert.Empty(second);
        Assert.Equal([url], secondUrls.NotModified);
        Assert.Equal(2, requests);
        var conditional = server.Requests.Where(r => r.Path == "/feed").Last().Headers;
        Assert.Equal("\"rev-7\"", conditional["If-None-Match"]);
        Assert.Equal("Sat, 30 Mar 2024 08:00:00 GMT", conditional["If-Modified-Since"]);
    }

    [Fact]
    public void Validators_of_a_feed_with_a_failed_item_are_not_kept_so_the_next_run_reads_it_whole()
    {
        var lasting = new MemoryStore();
        var validators = new FeedValidators(lasting);
        validators.Fetched("http://a.example/feed", "http://a.example/feed", new Validators("\"1\"", null));
        validators.Fetched("http://b.example/rss", "http://b.example/rss.xml", new Validators(null, "Sat, 30 Mar 2024 08:00:00 GMT"));
        validators.Fetched("http://c.example/rss", "http://c.example/rss", new Validators(null, null));

        var saved = validators.Save(["http://b.example/rss.xml#item4", "other.html"]);

        Assert.Equal(1, saved);
        Assert.NotNull(lasting.Find("http://a.example/feed"));
        Assert.Null(lasting.Find("http://b.example/rss"));
        Assert.Null(lasting.Find("http://c.example/rss"));
    }

    [Fact]
    public void A_relative_item_link_in_a_fetched_feed_points_into_the_feed_site()
    {
        using var server = new LocalServer(c => Write(c, Feed("/fa/news/2076019/x"), "application/rss+xml"));
        using var fetcher = new HttpFetcher(Fast with { HonourRobots = false });

        var article = Extract.Pipeline.Run([UrlInputs.Item(server.Url("/rss").ToString(), fetcher)]).Single().Article!;

        Assert.Equal(server.Url("/fa/news/2076019/x").ToString(), article.Url);
    }

    private sealed class MemoryStore : IValidatorStore
    {
        private readonly ConcurrentDictionary<string, Validators> kept = new();

        public Validators? Find(string url) => kept.GetValueOrDefault(url);

        public void Keep(string url, Validators validators) => kept[url] = validators;
    }
}
