using System.Text;
using Khabar.Model;

namespace Khabar.Core.Tests.Containers;

/// <summary>WARC, WARC.gz and ZIP: pages inside with URL and charset from the archive, bombs refused per entry.</summary>
public sealed class ArchiveTests
{
    static ArchiveTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static List<ItemResult> Run(byte[] bytes, string name) => Extract.Pipeline.Run([new Khabar.Reading.InputItem(name, () => new MemoryStream(bytes), bytes.Length)]).ToList();

    [Fact]
    public void A_WARC_response_gives_a_page_with_its_target_URI_and_HTTP_charset()
    {
        var windows1256 = Encoding.GetEncoding(1256).GetBytes(ArchiveFiles.Page.Replace('ی', 'ي'));
        var warc = ArchiveFiles.Warc(
            ("https://www.isna.ir/news/1403011100572/a", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ArchiveFiles.Page)),
            ("https://www.isna.ir/style.css", "text/css", "body{}"u8.ToArray()),
            ("https://old.example.ir/news/1234/b", "text/html; charset=windows-1256", windows1256));

        var results = Run(warc, "crawl.warc");

        Assert.Equal(2, results.Count);
        Assert.Equal("https://www.isna.ir/news/1403011100572/a", results[0].Article!.Url);
        Assert.Equal("isna", results[0].Article!.AgencyId);
        Assert.Contains("آرشیو وب", results[1].Article!.Paragraphs[0]);
    }

    [Fact]
    public void A_gzipped_WARC_reads_the_same()
    {
        var warc = ArchiveFiles.Warc(("https://www.isna.ir/news/1/a", "text/html", Encoding.UTF8.GetBytes(ArchiveFiles.Page)));

        var results = Run(ArchiveFiles.Gzip(warc), "crawl.warc.gz");

        Assert.Equal("https://www.isna.ir/news/1/a", results.Single().Article!.Url);
    }

    [Fact]
    public void A_truncated_WARC_keeps_the_pages_before_the_cut()
    {
        var one = ArchiveFiles.Warc(("https://a.ir/1", "text/html", Encoding.UTF8.GetBytes(ArchiveFiles.Page)));
        var two = ArchiveFiles.Warc(("https://a.ir/1", "text/html", Encoding.UTF8.GetBytes(ArchiveFiles.Page)), ("https://a.ir/2", "text/html", Encoding.UTF8.GetBytes(ArchiveFiles.Page)));

        var results = Run(two[..(one.Length + 300)], "cut.warc");

        Assert.NotNull(results[0].Article);
        Assert.Equal("cut.warc#record5", results[^1].Error!.Source);
    }

    [Fact]
    public void A_ZIP_of_pages_feeds_and_text_reads_each_entry_with_its_reader()
    {
        var zip = ArchiveFiles.Zip(
            ("a/page.html", Encoding.UTF8.GetBytes(ArchiveFiles.Page)),
            ("feed.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss><channel><item><title>خبر خوراک</title><link>https://x.ir/1</link></item></channel></rss>")),
            ("empty.txt", []));

        var results = Run(zip, "pages.zip");

        Assert.Equal(3, results.Count);
        Assert.Contains("آرشیو وب", results[0].Article!.Paragraphs[0]);
        Assert.Equal("خبر خوراک", results[1].Article!.Title);
        Assert.Equal("pages.zip!/empty.txt", results[2].Error!.Source);
    }

    [Fact]
    public void A_decompression_bomb_in_a_ZIP_is_refused_for_that_entry()
    {
        var zip = ArchiveFiles.Zip(("bomb.html", new byte[64 * 1024 * 1024]), ("page.html", Encoding.UTF8.GetBytes(ArchiveFiles.Page)));

        var results = Run(zip, "bomb.zip");

        Assert.Contains("too large", results[0].Error!.Reason);
        Assert.NotNull(results[1].Article);
    }

    [Fact]
    public void A_gzip_bomb_in_a_WARC_record_is_refused_for_that_record()
    {
        var bomb = ArchiveFiles.Gzip(new byte[64 * 1024 * 1024]);
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n").Concat(bomb).ToArray();
        var warc = Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.ir/b\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n").Concat(http).ToArray();

        var results = Run(warc, "bomb.warc");

        Assert.Contains("too large", results[0].Error!.Reason);
    }
}
