using Khabar.Reading;

namespace Khabar.Core.Tests.Containers;

/// <summary>Random bytes, with and without each format's magic, through every reader: pages or errors, never a throw.</summary>
public sealed class RandomBytesTests
{
    public static TheoryData<string, string> Formats => new()
    {
        { "page.html", "<!DOCTYPE html><html><body><p>" },
        { "feed.xml", "<?xml version=\"1.0\"?><rss><channel><item><title>" },
        { "crawl.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\n" },
        { "crawl.warc.gz", "\u001f\u008b" },
        { "pages.zip", "PK\u0003\u0004" },
        { "page.txt", "" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Random_bytes_after_a_format_magic_never_throw(string name, string magic)
    {
        var random = new Random(name.Length * 7919);
        var prefix = magic.Select(c => (byte)c).ToArray();
        for (var i = 0; i < 300; i++)
        {
            var tail = new byte[random.Next(0, 4000)];
            random.NextBytes(tail);
            if (random.Next(2) == 0)
            {
                Array.Fill(tail, (byte)'<', 0, tail.Length / 3);
            }

            byte[] bytes = [.. prefix, .. tail];
            var results = Extract.Pipeline.Run([new InputItem(name, () => new MemoryStream(bytes), bytes.Length)]).ToList();

            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.True(r.Article is not null ^ r.Error is not null));
            Assert.All(results, r => Assert.False(r.Error?.Reason.StartsWith("internal error", StringComparison.Ordinal), r.Error?.Reason));
        }
    }
}
