using System.Net;
using System.Text;
using System.Text.Json;
using Khabar.Testing;

namespace Khabar.Cli.Tests;

/// <summary><c>extract</c> and <c>ingest</c> of a feed URL served on 127.0.0.1: <c>--follow</c> and conditional GET.</summary>
public sealed class FeedCommandTests
{
    private const string Page = """
        <html lang="fa"><head><title>بارش برف در گردنه‌های شمالی</title></head><body><article><h1>بارش برف در گردنه‌های شمالی</h1>
        <p>به گزارش خبرنگار ما، بارش برف از بامداد امروز در گردنه‌های شمالی کشور آغاز شده و رانندگان باید زنجیر چرخ همراه داشته باشند.</p>
        <p>پلیس راه اعلام کرد که تردد در جاده‌ی چالوس تا اطلاع ثانوی یک‌طرفه است و از سفرهای غیرضروری باید پرهیز کرد.</p>
        </article></body></html>
        """;

    private static string Feed(string host) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>سایت نمونه</title>
        <item><title>بارش برف در گردنه‌های شمالی</title><link>{host}/news/1</link><description>خلاصه‌ی خبر برف.</description><pubDate>Sat, 30 Mar 2024 11:00:01 +0330</pubDate></item>
        <item><title>خبر دوم</title><link>{host}/news/2</link><description>خلاصه‌ی خبر دوم که صفحه‌اش نیست.</description></item>
        </channel></rss>
        """;

    private static LocalServer Site(Action<HttpListenerContext>? onFeed = null) => new(async c =>
    {
        var path = c.Request.Url!.AbsolutePath;
        var (status, type, body) = path switch
        {
            "/feed" => (200, "application/rss+xml", Feed($"http://127.0.0.1:{c.Request.Url.Port}")),
            "/news/1" => (200, "text/html; charset=utf-8", Page),
            _ => (404, "text/plain", "no"),
        };
        if (path == "/feed")
        {
            onFeed?.Invoke(c);
            if (c.Response.StatusCode == 304)
            {
                return;
            }
        }

        c.Response.StatusCode = status;
        c.Response.ContentType = type;
        await c.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
    });

    [Fact]
    public void Extract_follow_prints_the_full_page_and_the_stub_with_an_error_line_for_a_missing_page()
    {
        using var server = Site();

        var (exit, output, error) = Cli.Run("extract", "--follow", server.Url("/feed").ToString());

        var lines = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(2, lines[0].GetProperty("paragraphs").GetArrayLength());
        Assert.StartsWith("به گزارش خبرنگار ما", lines[0].GetProperty("paragraphs")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("2024-03-30T11:00:01+03:30", lines[0].GetProperty("published").GetString());
        Assert.Equal("خلاصه\u200Cی خبر دوم که صفحه\u200Cاش نیست.", lines[1].GetProperty("paragraphs")[0].GetString());
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"khabar extract: {server.Url("/feed")}#item2: page {server.Url("/news/2")} not followed: HTTP 404", line, StringComparison.Ordinal);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Extract_without_follow_gives_the_feed_stubs_only()
    {
        using var server = Site();

        var (exit, output, error) = Cli.Run("extract", server.Url("/feed").ToString());

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(2, output.TrimEnd('\n').Split('\n').Length);
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/news", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_ingest_of_an_unchanged_feed_is_conditional_and_reads_nothing()
    {
        var feedRequests = 0;
        using var server = Site(c =>
        {
            Interlocked.Increment(ref feedRequests);
            if (c.Request.Headers["If-None-Match"] == "\"feed-1\"")
            {
                c.Response.StatusCode = 304;
                return;
            }

            c.Response.Headers["ETag"] = "\"feed-1\"";
        });
        var folder = Directory.CreateTempSubdirectory("khabar-feed-").FullName;
        try
        {
            var url = server.Url("/feed").ToString();

            var first = Cli.Run("ingest", "--archive", folder, url);
            var second = Cli.Run("ingest", "--archive", folder, url);

            Assert.Equal(0, first.Exit);
            Assert.Contains("read 2, added 2,", first.Out, StringComparison.Ordinal);
            Assert.Equal(0, second.Exit);
            Assert.Contains($"{url}: not modified since the last ingest (HTTP 304); nothing read", second.Out, StringComparison.Ordinal);
            Assert.Contains("read 0, added 0,", second.Out, StringComparison.Ordinal);
            Assert.Contains("archive holds 2 articles", second.Out, StringComparison.Ordinal);
            Assert.Equal(2, feedRequests);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Ingest_follow_stores_the_page_and_a_feed_with_a_failed_page_is_fetched_whole_next_time()
    {
        var conditional = 0;
        using var server = Site(c =>
        {
            conditional += c.Request.Headers["If-None-Match"] is null ? 0 : 1;
            c.Response.Headers["ETag"] = "\"feed-1\"";
        });
        var folder = Directory.CreateTempSubdirectory("khabar-feed-").FullName;
        try
        {
            var url = server.Url("/feed").ToString();

            var first = Cli.Run("ingest", "--follow", "--archive", folder, url);
            var second = Cli.Run("ingest", "--follow", "--archive", folder, url);
            var shown = Cli.Run("search", "--archive", folder, "چالوس");

            Assert.Equal(1, first.Exit);
            Assert.Contains("read 2, added 2,", first.Out, StringComparison.Ordinal);
            Assert.Contains("#item2: page ", first.Error, StringComparison.Ordinal);
            Assert.Contains("read 2, added 0,", second.Out, StringComparison.Ordinal);
            Assert.Equal(0, conditional);
            Assert.Contains("بارش برف", shown.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
