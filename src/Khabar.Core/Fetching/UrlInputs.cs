using System.Text;
using Khabar.Reading;

namespace Khabar.Fetching;

/// <summary>
/// A URL as an input item: opening it fetches the URL and gives the response as an HTTP message (status line,
/// Content-Type, Content-Location, body), so <see cref="HttpResponseReader"/> reads it as the WARC reader reads
/// archived responses. A failed fetch is an <see cref="IOException"/>, which the pipeline reports for that URL.
/// </summary>
public static class UrlInputs
{
    /// <summary>The input item for the URL.</summary>
    public static InputItem Item(string url, HttpFetcher fetcher) => new(url, () => Open(url, fetcher), null);

    private static MemoryStream Open(string url, HttpFetcher fetcher)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new IOException("not a valid URL");
        }

        var result = fetcher.Fetch(uri);
        if (result.Error is { } error)
        {
            throw new IOException(error);
        }

        var head = result.NotModified
            ? "HTTP/1.1 304 Not Modified\r\n\r\n"
            : $"HTTP/1.1 200 OK\r\nContent-Type: {result.ContentType}\r\nContent-Location: {result.Url}\r\n\r\n";
        return new MemoryStream([.. Encoding.Latin1.GetBytes(head), .. result.Body ?? []], writable: false);
    }
}
