using System.IO.Compression;
using Khabar.Model;

namespace Khabar.Reading;

/// <summary>
/// Reads WARC and WARC.gz web archives as a stream: every HTML response (or resource) record becomes a page, its
/// URL from WARC-Target-URI and its charset from the archived HTTP Content-Type. Other records are passed over;
/// a broken record is an error for that record, and a broken archive stops with the pages before the break.
/// </summary>
public sealed class WarcReader(long maxPageBytes = TextPageReader.DefaultMaxBytes, long maxArchiveBytes = WarcReader.DefaultMaxArchiveBytes) : IPageReader
{
    /// <summary>Bytes read from one archive (after decompression) before reading stops: a bound on any gzip bomb.</summary>
    public const long DefaultMaxArchiveBytes = 8L * 1024 * 1024 * 1024;

    /// <inheritdoc />
    public bool CanRead(InputItem item, ReadOnlySpan<byte> head) =>
        Sniff.StartsWith(head, "WARC/") || (head is [0x1F, 0x8B, ..] && Sniff.NameEndsWith(item.Source, ".warc.gz"));

    /// <inheritdoc />
    public IEnumerable<PageResult> Read(InputItem item, Stream content)
    {
        var gzipped = Sniff.NameEndsWith(item.Source, ".gz");
        using var stream = new LimitedStream(gzipped ? new GZipStream(content, CompressionMode.Decompress, leaveOpen: true) : content, maxArchiveBytes);
        var number = 0;
        var pages = 0;
        while (true)
        {
            number++;
            var (record, error) = WarcRecord.Next(stream, maxPageBytes);
            if (error is not null)
            {
                yield return PageResult.Fail($"{item.Source}#record{number}", error);
                yield break;
            }

            if (record is null)
            {
                break;
            }

            if (ToPage(record, $"{item.Source}#record{number}") is { } result)
            {
                pages++;
                yield return result;
            }
        }

        if (pages == 0)
        {
            yield return PageResult.Fail(item.Source, "no HTML pages in the archive");
        }
    }

    private PageResult? ToPage(WarcRecord record, string source)
    {
        if (record.Skipped)
        {
            return record.Type is "response" or "resource" ? PageResult.Fail(source, $"record over the {maxPageBytes / 1048576.0:0.#} MB page limit") : null;
        }

        string? contentType = record.ContentType;
        var body = record.Block;
        if (record.Type == "response")
        {
            if (record.ContentType?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) != true)
            {
                return null;
            }

            HttpMessage http;
            try
            {
                http = HttpMessage.Parse(record.Block, maxPageBytes);
            }
            catch (InvalidDataException e)
            {
                return PageResult.Fail(source, e.Message);
            }

            if (http.Status is < 200 or >= 300)
            {
                return null;
            }

            (contentType, body) = (http.ContentType, http.Body);
        }
        else if (record.Type != "resource")
        {
            return null;
        }

        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType is "text/html" or "application/xhtml+xml"
            ? HtmlPageReader.Decode(source, body, Charsets.FromContentType(contentType), record.TargetUri)
            : null;
    }
}
