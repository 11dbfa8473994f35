using System.Security;
using System.Text;
using System.Text.Json;
using Khabar.Model;
using Khabar.Reading;

namespace Khabar.Core.Tests.Containers;

/// <summary>
/// Random Persian and random bytes inside each container format, next to good items: every bad item is an error
/// that names it, every good neighbour still comes through, and nothing throws.
/// </summary>
public sealed class RandomPersianTests
{
    private const string GoodTitle = "خبر سالم";
    private const string GoodBody = "به گزارش خبرگزاری ایسنا، این متن آزمایشی یک خبر است که باید در کنار ورودی خراب هم خوانده شود.";

    [Fact]
    public void Random_Persian_and_markup_in_HTML_pages_never_throw()
    {
        var random = new Random(1403_02_01);
        for (var i = 0; i < 2000; i++)
        {
            var html = random.Next(3) switch
            {
                0 => "<!DOCTYPE html><html><head><title>" + RandomText.Persian(random, 20) + "</title></head><body>" + RandomText.Persian(random, 400),
                1 => "<html><body><article><p>" + RandomText.Utf8(random, 2000),
                _ => "<html>" + RandomText.Persian(random, 60) + "<meta property=\"article:published_time\" content=\"" + RandomText.Persian(random, 10) + "\">"
                    + "<script type=\"application/ld+json\">" + RandomText.Persian(random, 40) + "</script><body><p>" + GoodBody + RandomText.Persian(random, 200),
            };

            RandomText.AssertClean(Extract.Text(html, $"page{i}.html"));
        }
    }

    [Fact]
    public void Random_Persian_in_feed_items_spoils_no_neighbour()
    {
        var random = new Random(1403_02_02);
        for (var i = 0; i < 500; i++)
        {
            var items = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => $"<item><title>{Escape(Printable(random, 120))}</title><description>{Escape(Printable(random, 600))}</description>"
                    + $"<pubDate>{Escape(Printable(random, 30))}</pubDate><link>{Escape(Printable(random, 20))}</link></item>").ToList();
            var good = random.Next(items.Count + 1);
            items.Insert(good, $"<item><title>{GoodTitle}</title><description>{GoodBody}</description></item>");
            var feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>خبرها</title>" + string.Concat(items) + "</channel></rss>";

            var results = Run("feed.xml", Encoding.UTF8.GetBytes(feed));

            Assert.True(items.Count == results.Count, $"{results.Count} of {items.Count} items: {string.Join("; ", results.Select(r => r.Error))}");
            Assert.All(results, RandomText.AssertClean);
            AssertGood(results[good]);
            Assert.All(results.Where(r => r.Error is not null), r => Assert.StartsWith("feed.xml#item", r.Error!.Source, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Random_unescaped_Persian_and_markup_in_feeds_never_throw()
    {
        var random = new Random(1403_02_03);
        for (var i = 0; i < 2000; i++)
        {
            var feed = "<?xml version=\"1.0\"?><rss><channel><item><title>" + GoodTitle + "</title></item><item><title>" + RandomText.Printable(RandomText.Persian(random, 200));

            var results = Run("feed.xml", Encoding.UTF8.GetBytes(feed));

            Assert.All(results, RandomText.AssertClean);
            AssertGood(results[0]);
        }
    }

    [Fact]
    public void Random_pages_in_a_web_archive_spoil_no_neighbour()
    {
        var random = new Random(1403_02_04);
        for (var i = 0; i < 300; i++)
        {
            var pages = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => ("https://www.isna.ir/news/" + random.Next(), "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<html><body>" + RandomText.Any(random, 1500))))
                .ToList();
            var good = random.Next(pages.Count + 1);
            pages.Insert(good, ("https://www.isna.ir/news/1", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ArchiveFiles.Page)));
            var warc = ArchiveFiles.Warc([.. pages]);
            var name = random.Next(2) == 0 ? "crawl.warc" : "crawl.warc.gz";

            var results = Run(name, name.EndsWith(".gz", StringComparison.Ordinal) ? ArchiveFiles.Gzip(warc) : warc);

            Assert.Equal(pages.Count, results.Count);
            Assert.All(results, RandomText.AssertClean);
            Assert.NotNull(results[good].Article);
        }
    }

    [Fact]
    public void A_web_archive_cut_by_random_bytes_keeps_the_records_before_the_cut()
    {
        var random = new Random(1403_02_05);
        var good = ArchiveFiles.Warc(("https://www.isna.ir/news/1", "text/html", Encoding.UTF8.GetBytes(ArchiveFiles.Page)));
        for (var i = 0; i < 1000; i++)
        {
            var tail = random.Next(2) == 0 ? Encoding.UTF8.GetBytes("WARC/1.0\r\n" + RandomText.Persian(random, 200)) : Encoding.UTF8.GetBytes(RandomText.Utf8(random, 3000));

            var results = Run("crawl.warc", [.. good, .. tail]);

            Assert.All(results, RandomText.AssertClean);
            Assert.NotNull(results[0].Article);
        }
    }

    [Fact]
    public void Random_lines_in_JSON_Lines_are_errors_naming_the_line_and_spoil_no_neighbour()
    {
        var random = new Random(1403_02_06);
        for (var i = 0; i < 500; i++)
        {
            var lines = new List<string> { Record(GoodTitle) };
            for (var n = random.Next(1, 12); n > 0; n--)
            {
                lines.Add(random.Next(5) switch
                {
                    0 => Record(RandomText.Any(random, 200)),
                    4 => RandomRecord(random),
                    1 => "{\"title\": \"" + RandomText.Persian(random, 30),
                    2 => RandomText.Persian(random, 60),
                    _ => RandomText.Utf8(random, 300),
                });
                lines.Add(Record(GoodTitle));
            }

            var text = string.Join("\n", lines.Select(l => l.Replace('\n', ' ').Replace('\r', ' ')));
            var results = Run("records.jsonl", Encoding.UTF8.GetBytes(text));

            Assert.All(results, RandomText.AssertClean);
            var byLine = results.ToDictionary(r => r.Article?.Source ?? r.Error!.Source);
            for (var line = 1; line <= lines.Count; line += 2)
            {
                AssertGood(byLine[$"records.jsonl:{line}"]);
            }
        }
    }

    [Fact]
    public void Random_values_in_a_JSON_array_are_errors_naming_the_index_and_spoil_no_neighbour()
    {
        var random = new Random(1403_02_07);
        for (var i = 0; i < 500; i++)
        {
            var values = new List<string>();
            for (var n = random.Next(1, 8); n > 0; n--)
            {
                values.Add(Record(GoodTitle));
                values.Add(random.Next(4) switch
                {
                    0 => Record(RandomText.Any(random, 200)),
                    1 => RandomRecord(random),
                    2 => JsonSerializer.Serialize(RandomText.Any(random, 200)),
                    _ => JsonSerializer.Serialize(new { title = (string?)null, body = 7, tags = new[] { RandomText.Persian(random, 10) } }),
                });
            }

            var results = Run("records.json", Encoding.UTF8.GetBytes("[" + string.Join(",\n", values) + "]"));

            Assert.Equal(values.Count, results.Count);
            Assert.All(results, RandomText.AssertClean);
            for (var index = 0; index < values.Count; index += 2)
            {
                AssertGood(results[index]);
            }

            Assert.All(results.Where(r => r.Error is not null), r => Assert.Matches(@"^records\.json#\d+$", r.Error!.Source));
        }
    }

    [Fact]
    public void Random_bytes_and_Persian_as_JSON_never_throw()
    {
        var random = new Random(1403_02_08);
        for (var i = 0; i < 2000; i++)
        {
            var text = (i % 4) switch
            {
                0 => "[" + Record(GoodTitle) + "," + RandomText.Any(random, 400),
                1 => "{" + RandomText.Any(random, 400),
                2 => RandomText.Persian(random, 100),
                _ => RandomText.Utf8(random, 1000),
            };
            var name = i % 2 == 0 ? "records.json" : "records.jsonl";

            var results = Run(name, Encoding.UTF8.GetBytes(text));

            Assert.True(results.Count > 0 || text.Trim().Trim('\uFEFF').Length == 0, $"nothing, not even an error, for {name}");
            Assert.All(results, RandomText.AssertClean);
            if (i % 4 == 0)
            {
                AssertGood(results[0]);
            }
        }
    }

    [Fact]
    public void Random_entries_in_a_ZIP_file_spoil_no_neighbour()
    {
        var random = new Random(1403_02_09);
        string[] names = ["a.html", "b.txt", "c.json", "d.jsonl", "e.xml", "f.bin"];
        for (var i = 0; i < 300; i++)
        {
            var entries = Enumerable.Range(0, random.Next(1, 5))
                .Select(n => (names[random.Next(names.Length)].Insert(1, n.ToString()), Encoding.UTF8.GetBytes(RandomText.Any(random, 1500)))).ToList();
            entries.Insert(random.Next(entries.Count + 1), ("good.html", Encoding.UTF8.GetBytes(ArchiveFiles.Page)));

            var results = Run("pages.zip", ArchiveFiles.Zip([.. entries]));

            Assert.All(results, RandomText.AssertClean);
            Assert.NotNull(results.Single(r => (r.Article?.Source ?? r.Error!.Source).EndsWith("good.html", StringComparison.Ordinal)).Article);
        }
    }

    [Fact]
    public void Random_HTTP_responses_of_fetched_URLs_never_throw()
    {
        var random = new Random(1403_02_10);
        for (var i = 0; i < 2000; i++)
        {
            var head = random.Next(2) == 0
                ? "HTTP/1.1 200 OK\r\nContent-Type: " + RandomText.Persian(random, 8) + "\r\n" + RandomText.Persian(random, 20) + "\r\n\r\n"
                : "HTTP/1.1 " + RandomText.Persian(random, 30);
            var body = random.Next(2) == 0 ? "<html><body><p>" + GoodBody + RandomText.Persian(random, 200) : RandomText.Utf8(random, 1500);

            var results = Run("https://www.isna.ir/news/" + i, Encoding.UTF8.GetBytes(head + body));

            Assert.All(results, RandomText.AssertClean);
        }
    }

    private static void AssertGood(ItemResult result) =>
        Assert.True(result.Article?.Title == GoodTitle, $"the good item was lost: {result.Error}");

    private static List<ItemResult> Run(string name, byte[] bytes) =>
        Extract.Pipeline.Run([new InputItem(name, () => new MemoryStream(bytes), bytes.Length)]).ToList();

    // Every field the record extractor reads, each random: a string, a number, a list or an object.
    private static string RandomRecord(Random random)
    {
        string[] fields = ["title", "body", "paragraphs", "abstract", "url", "link", "newsCode", "NewsAgency", "agency", "cat", "tags", "keywords", "date", "pubDate", "rutitr", "id"];
        var record = fields.Where(_ => random.Next(2) == 0).ToDictionary(f => f, object? (_) => random.Next(5) switch
        {
            0 => random.Next(),
            1 => new[] { RandomText.Any(random, 80), RandomText.Persian(random, 10) },
            2 => new Dictionary<string, string> { ["x"] = RandomText.Persian(random, 10) },
            3 => "https://www." + RandomText.Persian(random, 6) + ".ir/news/" + RandomText.Persian(random, 4),
            _ => RandomText.Any(random, 200),
        });
        return JsonSerializer.Serialize(record);
    }

    private static string Record(string title) => JsonSerializer.Serialize(new { title, body = GoodBody });

    // Feeds with control characters in them are binary by the whole-file test (covered with the random bytes).
    private static string Printable(Random random, int size) => RandomText.Printable(RandomText.Any(random, size));

    private static string Escape(string text) => SecurityElement.Escape(text);
}
