namespace Khabar.Reading;

/// <summary>
/// Reads a fetched URL's response: HTML becomes a page (charset from the HTTP header, URL from where the
/// redirects ended), a feed becomes its items, plain text a text page; "304 Not Modified" gives nothing new.
/// </summary>
public sealed class HttpResponseReader(long maxBytes = TextPageReader.DefaultMaxBytes) : IPageReader
{
    /// <inheritdoc />
    public bool CanRead(InputItem item, ReadOnlySpan<byte> head) => Sniff.IsUrl(item.Source) && Sniff.StartsWith(head, "HTTP/");

    /// <inheritdoc />
    public IEnumerable<PageResult> Read(InputItem item, Stream content)
    {
        var (bytes, error) = BoundedInput.Read(item, content, maxBytes + 64 * 1024);
        HttpMessage? message = null;
        try
        {
            message = bytes is null ? null : HttpMessage.Parse(bytes, maxBytes);
        }
        catch (InvalidDataException e)
        {
            error = e.Message;
        }

        if (message is null)
        {
            return [PageResult.Fail(item.Source, error ?? "not an HTTP response")];
        }

        if (message.Status == 304)
        {
            return [];
        }

        var url = message.Headers.GetValueOrDefault("Content-Location") ?? item.Source;
        var mediaType = message.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var body = new InputItem(url, () => new MemoryStream(message.Body, writable: false), message.Body.Length);
        if (FeedReader.IsFeed(message.Body, message.ContentType))
        {
            return new FeedReader(maxBytes).Read(body, new MemoryStream(message.Body, writable: false));
        }

        return mediaType switch
        {
            "text/html" or "application/xhtml+xml" or null => [HtmlPageReader.Decode(item.Source, message.Body, Charsets.FromContentType(message.ContentType), url)],
            "text/plain" => new TextPageReader(maxBytes).Read(body, new MemoryStream(message.Body, writable: false)),
            _ => [PageResult.Fail(item.Source, $"not a page: {mediaType}")],
        };
    }
}
