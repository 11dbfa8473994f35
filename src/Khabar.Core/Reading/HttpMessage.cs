using System.IO.Compression;

namespace Khabar.Reading;

/// <summary>An HTTP response as archived (status line, headers, body), its body de-chunked and decompressed.</summary>
public sealed record HttpMessage(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The Content-Type header, or null.</summary>
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>Parses a response; bodies over <paramref name="maxBody"/> bytes (after decompression) are refused.</summary>
    public static HttpMessage Parse(byte[] message, long maxBody)
    {
        using var stream = new MemoryStream(message, writable: false);
        var (statusLine, headers) = HeaderBlock.Read(stream) ?? throw new InvalidDataException("empty HTTP message");
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(parts[1], out var status))
        {
            throw new InvalidDataException("not an HTTP response: " + statusLine[..Math.Min(statusLine.Length, 40)]);
        }

        var body = message.AsSpan((int)stream.Position).ToArray();
        if (headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Chunks.Join(body);
        }

        return new HttpMessage(status, headers, Decompress(body, headers.GetValueOrDefault("Content-Encoding"), maxBody));
    }

    /// <summary>The body decoded by its Content-Encoding, never more than the limit (a gzip bomb stops there).</summary>
    public static byte[] Decompress(byte[] body, string? encoding, long maxBody)
    {
        Stream? decoder = encoding?.Trim().ToLowerInvariant() switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return body.LongLength <= maxBody ? body : throw new InvalidDataException(CappedReader.TooLarge(body.LongLength, maxBody));
        }

        using (decoder)
        {
            return CappedReader.ReadAll(decoder, maxBody) ?? throw new InvalidDataException(CappedReader.TooLarge(0, maxBody) + " once decompressed");
        }
    }
}
