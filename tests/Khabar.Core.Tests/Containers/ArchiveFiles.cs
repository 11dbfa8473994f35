using System.IO.Compression;
using System.Text;

namespace Khabar.Core.Tests.Containers;

/// <summary>Builds WARC, WARC.gz and ZIP files in memory for tests.</summary>
internal static class ArchiveFiles
{
    public const string Page = "<html><head><title>خبر</title></head><body><article><p>به گزارش خبرگزاری ایسنا، این متن آزمایشی یک خبر است که در آرشیو وب نگه داشته شده و باید خوانده شود.</p></article></body></html>";

    public static byte[] Warc(params (string Uri, string ContentType, byte[] Body)[] responses)
    {
        var output = new MemoryStream();
        Record(output, "warcinfo", null, "application/warc-fields", Encoding.ASCII.GetBytes("software: test\r\n"));
        foreach (var (uri, contentType, body) in responses)
        {
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();
            Record(output, "request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
            Record(output, "response", uri, "application/http; msgtype=response", http);
        }

        return output.ToArray();
    }

    public static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static void Record(Stream output, string type, string? uri, string contentType, byte[] block)
    {
        var target = uri is null ? "" : $"WARC-Target-URI: {uri}\r\n";
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\n{target}WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        output.Write(Encoding.ASCII.GetBytes(header));
        output.Write(block);
        output.Write("\r\n\r\n"u8);
    }
}
