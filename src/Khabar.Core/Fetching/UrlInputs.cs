using System.Collections.Concurrent;
using System.Text;
using Khabar.Reading;

namespace Khabar.Fetching;

/// <summary>
/// URLs as input items for one run: opening one fetches it and gives the response as an HTTP message (status line,
/// Content-Type, Content-Location, body), so <see cref="HttpResponseReader"/> reads it as the WARC reader reads
/// archived responses. A failed fetch is an <see cref="IOException"/>, which the pipeline reports for that URL.
/// With <see cref="FeedValidators"/>, feeds are fetched conditionally and "304 Not Modified" reads as no items.
/// </summary>
public sealed class UrlInputs(HttpFetcher fetcher, FeedValidators? validators = null)
{
    /// <summary>URLs the server said are unchanged since the last run (nothing was read from them).</summary>
    public ConcurrentQueue<string> NotModified { get; } = new();

    /// <summary>The input item for the URL, fetched with the shared fetcher and no validators.</summary>
    public static InputItem Item(string url, HttpFetcher fetcher) => new UrlInputs(fetcher).Item(url);

    /// <summary>The input item for the URL.</summary>
    public InputItem Item(string url) => new(url, () => Open(url), null);

    private MemoryStream Open(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new IOException("not a valid URL");
        }

        var result = fetcher.Fetch(uri, validators?.Find(url));
        if (result.Error is { } error)
        {
            throw new IOException(error);
        }

        if (result.NotModified)
        {
            NotModified.Enqueue(url);
        }
        else if (validators is not null && FeedReader.IsFeed(result.Body ?? [], result.ContentType))
        {
            validators.Fetched(url, result.Url.ToString(), result.Validators);
        }

        var head = result.NotModified
            ? "HTTP/1.1 304 Not Modified\r\n\r\n"
            : $"HTTP/1.1 200 OK\r\nContent-Type: {result.ContentType}\r\nContent-Location: {result.Url}\r\n\r\n";
        return new MemoryStream([.. Encoding.Latin1.GetBytes(head), .. result.Body ?? []], writable: false);
    }
}
